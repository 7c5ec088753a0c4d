"""The ends written as True instead of 1: True == 1 in Python and True + 1 == 2, so the inner sums are right,
but every row starts and ends with a bool, which LeetCode prints as true; a wrong type, not a right answer."""
class Solution:
    def generate(self, numRows):
        res = [[True]]
        for r in range(1, numRows):
            p = res[-1]
            res.append([True] + [p[k-1] + p[k] for k in range(1, r)] + [True])
        return res
