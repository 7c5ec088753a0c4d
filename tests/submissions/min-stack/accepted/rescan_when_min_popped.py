"""One minimum variable, rescanned with min() only when the element popped is the minimum (or reset when the stack
empties): O(n) in the worst case, when falling values are popped one by one."""


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
        if not self.items:
            self.low = None
        elif val == self.low:
            self.low = min(self.items)

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.low
