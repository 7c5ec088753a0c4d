"""Breaks out of the loop at the first candidate larger than the remainder, but never sorts: in [7,3,2] the 7
stops the loop before 2 is tried, and [2,7] is lost."""


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        res, path = [], []

        def dfs(start, remain):
            if remain == 0:
                res.append(path[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] > remain:
                    break
                path.append(candidates[i])
                dfs(i, remain - candidates[i])
                path.pop()

        dfs(0, target)
        return res
