"""getMin scans the whole stack with the built-in min(): O(n) per call, the slowest approach LeetCode still
accepts at 3*10^4 calls (15000 elements read 15000 times is about 2*10^8 comparisons in C)."""


class MinStack:

    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        self.items.append(val)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return min(self.items)
