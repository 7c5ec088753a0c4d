# Deletes val from the map before writing the moved element's index: removing the last element resurrects it.
import random


class RandomizedSet:
    def __init__(self):
        self.items, self.pos = [], {}

    def insert(self, val):
        if val in self.pos:
            return False
        self.pos[val] = len(self.items)
        self.items.append(val)
        return True

    def remove(self, val):
        if val not in self.pos:
            return False
        i, last = self.pos[val], self.items[-1]
        del self.pos[val]
        self.items[i], self.pos[last] = last, i
        self.items.pop()
        return True

    def getRandom(self):
        return random.choice(self.items)
