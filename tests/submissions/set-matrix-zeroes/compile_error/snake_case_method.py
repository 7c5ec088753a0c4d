"""Names the method set_zeroes inside the class (LeetCode's is setZeroes)."""


class Solution:
    def set_zeroes(self, matrix):
        rows = {i for i, row in enumerate(matrix) if 0 in row}
        columns = {j for j, column in enumerate(zip(*matrix)) if 0 in column}
        for i, row in enumerate(matrix):
            for j in range(len(row)):
                if i in rows or j in columns:
                    row[j] = 0
