"""Every level starts again at index 0: [2,2,3], [2,3,2] and [3,2,2] all come out, one combination three times."""


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        res = []

        def dfs(remain, path):
            if remain == 0:
                res.append(path[:])
                return
            for c in candidates:
                if c <= remain:
                    path.append(c)
                    dfs(remain - c, path)
                    path.pop()

        dfs(target, [])
        return res
