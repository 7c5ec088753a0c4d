# Correct but exponential: DFS that tracks only the current path and never remembers finished courses, so it
# walks every path of the graph; layers of 3 courses over 556 levels have 3^556 paths.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        after = defaultdict(list)
        for a, b in prerequisites:
            after[b].append(a)
        path = set()

        def dfs(c):
            if c in path:
                return False
            path.add(c)
            ok = all(dfs(d) for d in after[c])
            path.discard(c)
            return ok

        return all(dfs(c) for c in range(numCourses))
