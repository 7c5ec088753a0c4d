# getRandom returns the same element every time: a member, but not uniform.
class RandomizedSet:
    def __init__(self):
        self.s = set()

    def insert(self, val):
        if val in self.s:
            return False
        self.s.add(val)
        return True

    def remove(self, val):
        if val not in self.s:
            return False
        self.s.remove(val)
        return True

    def getRandom(self):
        return next(iter(self.s))
