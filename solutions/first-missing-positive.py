class Solution:
    def firstMissingPositive(self, nums: list[int]) -> int:
        """Cyclic sort: move every value v in 1..n to index v - 1, then the first index i not holding i + 1 gives
        the answer (n + 1 if there is none).

        Each swap puts one value in its final slot, so there are at most n swaps: O(n) time, O(1) extra space.
        nums is rearranged in place; values outside 1..n, and duplicates, stay wherever they end up.
        """
        n = len(nums)
        for i in range(n):
            v = nums[i]
            while 1 <= v <= n and nums[v - 1] != v:  # not `nums[i] != i + 1`: a duplicate would swap forever
                nums[i], nums[v - 1] = nums[v - 1], v
                v = nums[i]
        for i, v in enumerate(nums):
            if v != i + 1:
                return i + 1
        return n + 1
