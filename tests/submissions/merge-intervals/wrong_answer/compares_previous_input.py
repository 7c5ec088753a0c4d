# Compares each interval with the previous one of the sorted input, not with the interval merged so far.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals = sorted(intervals)
        res = [list(intervals[0])]
        for prev, (s, e) in zip(intervals, intervals[1:]):
            if s <= prev[1]:
                res[-1][1] = max(res[-1][1], e)
            else:
                res.append([s, e])
        return res
