"""When the minimum is popped, takes the new top as the new minimum: the smallest element may lie deeper."""


class MinStack:

    def __init__(self):
        self.items = []
        self.low = None

    def push(self, val: int) -> None:
        self.items.append(val)
        if self.low is None or val < self.low:
            self.low = val

    def pop(self) -> None:
        val = self.items.pop()
        if val == self.low:
            self.low = self.items[-1] if self.items else None

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.low
