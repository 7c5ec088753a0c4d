# Three-colour DFS, but started from course 0 only: a cycle among courses that 0 does not lead to is missed.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        after = defaultdict(list)
        for a, b in prerequisites:
            after[b].append(a)
        state = [0] * numCourses

        def dfs(c):
            state[c] = 1
            for d in after[c]:
                if state[d] == 1 or (state[d] == 0 and not dfs(d)):
                    return False
            state[c] = 2
            return True

        return dfs(0)
