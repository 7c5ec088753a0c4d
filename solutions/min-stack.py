class MinStack:
    """Two parallel stacks: `values` holds the elements, `minima[i]` the minimum of `values[:i + 1]`.

    Every operation is O(1): a push records min(val, the minimum below it), a pop drops both tops, so the minimum of
    what remains is already on top of `minima`.
    """

    def __init__(self):
        self.values: list[int] = []
        self.minima: list[int] = []

    def push(self, val: int) -> None:
        self.values.append(val)
        self.minima.append(val if not self.minima or val < self.minima[-1] else self.minima[-1])

    def pop(self) -> None:
        self.values.pop()
        self.minima.pop()

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.minima[-1]
