"""ACM mode: a design problem as a program: the operations and their arguments on two lines, the list of results
printed (null for the constructor)."""
import json
import random
import sys


class RandomizedSet:
    def __init__(self):
        self.values, self.index = [], {}

    def insert(self, val):
        if val in self.index:
            return False
        self.index[val] = len(self.values)
        self.values.append(val)
        return True

    def remove(self, val):
        if val not in self.index:
            return False
        i, last = self.index[val], self.values[-1]
        self.values[i], self.index[last] = last, i
        self.values.pop()
        del self.index[val]
        return True

    def getRandom(self):
        return random.choice(self.values)


operations, arguments = (json.loads(line) for line in sys.stdin.read().splitlines()[:2])
out, target = [], None
for name, args in zip(operations, arguments):
    if name == "RandomizedSet":
        target = RandomizedSet()
        out.append(None)
    else:
        out.append(getattr(target, name)(*args))
print(json.dumps(out))
