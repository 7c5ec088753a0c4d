# Imports a module that does not exist (LeetCode's playground helper): the file cannot be loaded.
from leetcode_helpers import sliding_window


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        return sliding_window(s)
