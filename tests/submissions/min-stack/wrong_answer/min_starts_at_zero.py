"""The pairs stack, but the minimum of an empty stack is taken as 0: a stack of positive values reports 0."""


class MinStack:

    def __init__(self):
        self.stack = []

    def push(self, val: int) -> None:
        low = self.stack[-1][1] if self.stack else 0
        self.stack.append((val, min(val, low)))

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1][0]

    def getMin(self) -> int:
        return self.stack[-1][1]
