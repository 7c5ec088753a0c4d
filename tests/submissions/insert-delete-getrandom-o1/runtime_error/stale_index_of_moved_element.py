# Moves the last element into the hole but forgets to update its index in the map: a later removal of
# that element indexes past the end of the list.
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
        i = self.pos.pop(val)
        self.items[i] = self.items[-1]
        self.items.pop()
        return True

    def getRandom(self):
        return random.choice(self.items)
