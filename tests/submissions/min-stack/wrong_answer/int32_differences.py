"""The difference encoding ported from Java with its 32-bit int: val - min wraps around at the int32 extremes
(2^31 - 1 - (-2^31) becomes -1), which corrupts both top and getMin."""


def int32(x):
    return (x + 2**31) % 2**32 - 2**31


class MinStack:

    def __init__(self):
        self.diffs = []
        self.low = 0

    def push(self, val: int) -> None:
        if not self.diffs:
            self.diffs.append(0)
            self.low = val
        else:
            d = int32(val - self.low)
            self.diffs.append(d)
            if d < 0:
                self.low = val

    def pop(self) -> None:
        d = self.diffs.pop()
        if d < 0:
            self.low = int32(self.low - d)

    def top(self) -> int:
        d = self.diffs[-1]
        return self.low if d < 0 else int32(self.low + d)

    def getMin(self) -> int:
        return self.low
