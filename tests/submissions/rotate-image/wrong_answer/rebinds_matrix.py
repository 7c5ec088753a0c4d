"""Builds the rotated matrix and rebinds the local name to it: the caller's matrix never changes."""


class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        matrix = [list(row) for row in zip(*matrix[::-1])]
