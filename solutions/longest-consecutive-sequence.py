class Solution:
    def longestConsecutive(self, nums: list[int]) -> int:
        """Hash set: count upwards only from the first value of each run, so every value is visited O(1) times."""
        values = set(nums)
        longest = 0
        for start in values:
            if start - 1 in values:
                continue
            end = start + 1
            while end in values:
                end += 1
            longest = max(longest, end - start)
        return longest
