class MinStack:

    def __init__(self):
        raise NotImplementedError("write your solution to min-stack here, then run `shousi run min-stack`")

    def push(self, val: int) -> None:
        pass

    def pop(self) -> None:
        pass

    def top(self) -> int:
        pass

    def getMin(self) -> int:
        pass
