# Removal leaves a hole; getRandom retries until it hits a live slot, and the list is compacted when half empty.
# Still uniform, still O(1) amortized.
import random


class RandomizedSet:
    def __init__(self):
        self.slots, self.where, self.holes = [], {}, 0

    def insert(self, val):
        if val in self.where:
            return False
        self.where[val] = len(self.slots)
        self.slots.append(val)
        return True

    def remove(self, val):
        if val not in self.where:
            return False
        self.slots[self.where.pop(val)] = None
        self.holes += 1
        if self.holes * 2 > len(self.slots):
            self.slots = [v for v in self.slots if v is not None]
            self.where = {v: i for i, v in enumerate(self.slots)}
            self.holes = 0
        return True

    def getRandom(self):
        while True:
            value = random.choice(self.slots)
            if value is not None:
                return value
