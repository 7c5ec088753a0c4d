# DFS with a single visited set: any course met a second time is taken for a cycle, so a diamond or a shared
# prerequisite is wrongly rejected.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs = defaultdict(list)
        for a, b in prerequisites:
            needs[a].append(b)
        visited = set()

        def dfs(c):
            if c in visited:
                return False
            visited.add(c)
            return all(dfs(b) for b in needs[c])

        return all(c in visited or dfs(c) for c in range(numCourses))
