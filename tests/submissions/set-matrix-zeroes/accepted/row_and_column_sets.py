"""The rows and the columns holding a zero, in two sets, then a second pass: O(m*n) time, O(m + n) space."""


class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows, columns = set(), set()
        for i, row in enumerate(matrix):
            for j, value in enumerate(row):
                if value == 0:
                    rows.add(i)
                    columns.add(j)
        for i, row in enumerate(matrix):
            for j in range(len(row)):
                if i in rows or j in columns:
                    row[j] = 0
