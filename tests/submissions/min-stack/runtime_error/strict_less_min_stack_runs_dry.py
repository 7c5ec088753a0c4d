"""A second stack of strict new minima, popped whenever the popped value equals its top: with the minimum pushed
twice, the second pop empties it and getMin raises IndexError."""


class MinStack:

    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, val: int) -> None:
        self.items.append(val)
        if not self.mins or val < self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        val = self.items.pop()
        if val == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.mins[-1]
