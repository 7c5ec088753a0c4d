from collections import deque


class Solution:
    def canFinish(self, numCourses: int, prerequisites: list[list[int]]) -> bool:
        """Kahn's algorithm: take courses with no prerequisite left, releasing their dependants; all courses are
        taken iff the prerequisite graph has no cycle. O(V + E) time and space, no recursion."""
        dependants = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for course, before in prerequisites:
            dependants[before].append(course)
            missing[course] += 1
        ready = deque(c for c in range(numCourses) if missing[c] == 0)
        taken = 0
        while ready:
            c = ready.popleft()
            taken += 1
            for d in dependants[c]:
                missing[d] -= 1
                if missing[d] == 0:
                    ready.append(d)
        return taken == numCourses
