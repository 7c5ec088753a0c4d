"""The second stack, started with an inf sentinel, takes only strictly smaller values (`<`): a duplicate minimum is
not recorded, so popping its first copy loses the minimum."""


class MinStack:

    def __init__(self):
        self.items = []
        self.mins = [float("inf")]

    def push(self, val: int) -> None:
        self.items.append(val)
        if val < self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        if self.items.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.mins[-1]
