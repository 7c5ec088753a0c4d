"""Pasted from LeetCode as is: a second stack of new minima only (pushed on <=), started with an `inf` sentinel
from the implicit `math` names, and a pop that returns the value it removed (LeetCode ignores it)."""


class MinStack:

    def __init__(self):
        self.st = []
        self.mins = [inf]

    def push(self, val: int) -> None:
        self.st.append(val)
        if val <= self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        x = self.st.pop()
        if x == self.mins[-1]:
            self.mins.pop()
        return x

    def top(self) -> int:
        return self.st[-1]

    def getMin(self) -> int:
        return self.mins[-1]
