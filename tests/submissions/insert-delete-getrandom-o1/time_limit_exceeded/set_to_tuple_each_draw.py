# A set alone: O(1) insert and remove, but getRandom copies the set each time, O(n) per draw.
import random


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
        return random.choice(tuple(self.s))
