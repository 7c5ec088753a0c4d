"""getMin sorts a copy of the whole stack and takes its first element: O(n log n) per call, hopeless with 15000
elements read 15000 times."""


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
        return sorted(self.items)[0]
