# The mirror image: sorts by end descending and merges leftwards; the answer comes out in descending order, which
# is fine.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        res = []
        for s, e in sorted(intervals, key=lambda p: p[1], reverse=True):
            if res and e >= res[-1][0]:
                res[-1][0] = min(s, res[-1][0])
            else:
                res.append([s, e])
        return res
