# Pasted from LeetCode: relies on the predefined `random` module and `List`; no imports.
class RandomizedSet:

    def __init__(self):
        self.vals: List[int] = []
        self.idx = {}

    def insert(self, val: int) -> bool:
        if val in self.idx:
            return False
        self.idx[val] = len(self.vals)
        self.vals.append(val)
        return True

    def remove(self, val: int) -> bool:
        if val not in self.idx:
            return False
        last = self.vals[-1]
        i = self.idx[val]
        self.vals[i], self.idx[last] = last, i
        self.vals.pop()
        del self.idx[val]
        return True

    def getRandom(self) -> int:
        return random.choice(self.vals)
