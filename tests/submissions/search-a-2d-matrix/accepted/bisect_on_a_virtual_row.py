"""Pasted LeetCode style (bisect from the implicit imports): an object with __len__ and __getitem__ reads position
p as matrix[p // n][p % n], so bisect_left searches the m*n values without building a list. Accepted."""
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        n = len(matrix[0])

        class Flat:
            def __len__(self):
                return len(matrix) * n

            def __getitem__(self, p):
                return matrix[p // n][p % n]

        flat = Flat()
        i = bisect.bisect_left(flat, target)
        return i < len(flat) and flat[i] == target
