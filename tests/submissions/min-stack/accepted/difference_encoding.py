"""One stack of differences from the minimum and one variable: a negative difference marks a push that lowered
the minimum, and popping it restores the previous one. Python's integers take the 2^32 - 1 differences."""


class MinStack:

    def __init__(self):
        self.diffs = []
        self.low = 0

    def push(self, val: int) -> None:
        if not self.diffs:
            self.diffs.append(0)
            self.low = val
        else:
            self.diffs.append(val - self.low)
            if val < self.low:
                self.low = val

    def pop(self) -> None:
        d = self.diffs.pop()
        if d < 0:
            self.low -= d

    def top(self) -> int:
        d = self.diffs[-1]
        return self.low if d < 0 else self.low + d

    def getMin(self) -> int:
        return self.low
