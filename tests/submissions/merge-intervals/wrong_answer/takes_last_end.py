# Extends with the next interval's end instead of the larger one: [1,10] then [2,3] shrinks to [1,3].
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        res = []
        for s, e in sorted(intervals):
            if res and s <= res[-1][1]:
                res[-1][1] = e
            else:
                res.append([s, e])
        return res
