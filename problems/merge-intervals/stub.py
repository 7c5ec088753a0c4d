class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        raise NotImplementedError("write your solution to merge-intervals here, then run `shousi run merge-intervals`")
