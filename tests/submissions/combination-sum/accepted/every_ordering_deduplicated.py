"""The slowest approach LeetCode still accepts: all orderings by an unrestricted DFS, each made a sorted tuple in
a set; every permutation of every combination is visited."""


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        seen = set()

        def dfs(remain, path):
            if remain == 0:
                seen.add(tuple(sorted(path)))
                return
            for c in candidates:
                if c <= remain:
                    path.append(c)
                    dfs(remain - c, path)
                    path.pop()

        dfs(target, [])
        return [list(t) for t in seen]
