"""Keeps the result list on the class: it is shared by every Solution() and grows from one call to the next."""


class Solution:
    res = []

    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()

        def dfs(start, remain, path):
            if remain == 0:
                self.res.append(path)
                return
            for i in range(start, len(candidates)):
                if candidates[i] > remain:
                    break
                dfs(i, remain - candidates[i], path + [candidates[i]])

        dfs(0, target, [])
        return self.res
