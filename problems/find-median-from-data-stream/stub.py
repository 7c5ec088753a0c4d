class MedianFinder:

    def __init__(self):
        raise NotImplementedError("write your solution to find-median-from-data-stream here, then run `shousi run find-median-from-data-stream`")

    def addNum(self, num: int) -> None:
        pass

    def findMedian(self) -> float:
        pass


# Your MedianFinder object will be instantiated and called as such:
# obj = MedianFinder()
# obj.addNum(num)
# param_2 = obj.findMedian()
