import random


class RandomizedSet:
    """Values in a list for O(1) random choice; a map from value to its list index for O(1) lookup."""

    def __init__(self):
        self.values: list[int] = []
        self.index_of: dict[int, int] = {}

    def insert(self, val: int) -> bool:
        if val in self.index_of:
            return False
        self.index_of[val] = len(self.values)
        self.values.append(val)
        return True

    def remove(self, val: int) -> bool:
        index = self.index_of.get(val)
        if index is None:
            return False
        last = self.values[-1]
        self.values[index] = last  # move the last value into the hole, then drop the end
        self.index_of[last] = index
        self.values.pop()
        del self.index_of[val]  # after the move, so removing the last value itself leaves no trace
        return True

    def getRandom(self) -> int:
        return random.choice(self.values)
