"""Names the method rotateImage after the title (LeetCode's is rotate)."""


class Solution:
    def rotateImage(self, matrix):
        matrix[:] = [list(row) for row in zip(*matrix[::-1])]
