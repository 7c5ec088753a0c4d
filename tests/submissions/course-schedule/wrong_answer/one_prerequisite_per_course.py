# Keeps one prerequisite per course in a dict, so a course's later pair overwrites the earlier one; then follows the
# single chain from each course looking for a repeat.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        before = {a: b for a, b in prerequisites}
        for start in range(numCourses):
            seen = set()
            c = start
            while c in before:
                if c in seen:
                    return False
                seen.add(c)
                c = before[c]
        return True
