"""Pushes the second stack only on a new minimum but pops it on every pop (sparing its last entry): the two
stacks fall out of step."""


class MinStack:

    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, val: int) -> None:
        self.items.append(val)
        if not self.mins or val <= self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        self.items.pop()
        if len(self.mins) > 1:
            self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.mins[-1]
