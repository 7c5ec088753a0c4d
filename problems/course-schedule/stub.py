class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        raise NotImplementedError("write your solution to course-schedule here, then run `shousi run course-schedule`")
