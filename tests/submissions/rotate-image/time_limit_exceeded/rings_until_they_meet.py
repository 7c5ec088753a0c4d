"""A genuine bug that never ends (at n <= 20 nothing natural is slow): the ring loop runs `while top != bottom`,
which an odd n reaches at the centre but an even n never does: top and bottom cross from n/2 - 1, n/2 to n/2,
n/2 - 1 and keep going, each later ring empty (a negative range). The first even n (example 2) hangs."""


class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        top, bottom = 0, n - 1
        while top != bottom:
            for offset in range(bottom - top):
                saved = matrix[top][top + offset]
                matrix[top][top + offset] = matrix[bottom - offset][top]
                matrix[bottom - offset][top] = matrix[bottom][bottom - offset]
                matrix[bottom][bottom - offset] = matrix[top + offset][bottom]
                matrix[top + offset][bottom] = saved
            top += 1
            bottom -= 1
