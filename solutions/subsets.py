class Solution:
    def subsets(self, nums: list[int]) -> list[list[int]]:
        """Backtracking with a start index: every path is a subset (recorded as a copy), extended only with the
        numbers after its last one, so each subset is built once. O(n * 2^n) time, recursion n deep."""
        out: list[list[int]] = []
        path: list[int] = []

        def grow(start):
            out.append(path[:])
            for i in range(start, len(nums)):
                path.append(nums[i])
                grow(i + 1)
                path.pop()

        grow(0)
        return out
