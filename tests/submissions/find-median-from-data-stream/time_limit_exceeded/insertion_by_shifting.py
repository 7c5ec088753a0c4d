"""A sorted list kept by insertion sort in Python: the new value is swapped leftwards past every larger one, O(n)
Python steps per add, about 3*10^8 for 25000 falling values."""


class MedianFinder:

    def __init__(self):
        self.a = []

    def addNum(self, num: int) -> None:
        a = self.a
        a.append(num)
        i = len(a) - 1
        while i > 0 and a[i - 1] > a[i]:
            a[i - 1], a[i] = a[i], a[i - 1]
            i -= 1

    def findMedian(self) -> float:
        n = len(self.a)
        return self.a[n // 2] if n % 2 else (self.a[n // 2 - 1] + self.a[n // 2]) / 2
