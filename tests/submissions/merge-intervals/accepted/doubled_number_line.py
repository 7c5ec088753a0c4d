# No sort: a difference array over doubled coordinates (2 * 10^4 + 2 cells), so [1,2] and [3,4] stay apart.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        top = 2 * max(e for _, e in intervals) + 2
        depth = [0] * (top + 1)
        for s, e in intervals:
            depth[2 * s] += 1
            depth[2 * e + 1] -= 1
        res, open_at, level = [], None, 0
        for x in range(top + 1):
            level += depth[x]
            if level > 0 and open_at is None:
                open_at = x
            elif level == 0 and open_at is not None:
                res.append([open_at // 2, (x - 1) // 2])
                open_at = None
        return res
