"""The pairs stack, but top returns stack[0], the first element pushed, instead of the last."""


class MinStack:

    def __init__(self):
        self.stack = []

    def push(self, val: int) -> None:
        low = min(val, self.stack[-1][1]) if self.stack else val
        self.stack.append((val, low))

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[0][0]

    def getMin(self) -> int:
        return self.stack[-1][1]
