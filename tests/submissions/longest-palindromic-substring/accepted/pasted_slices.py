"""Pasted from LeetCode as is (List implicit, unused): grows the best length by one or two at each end, testing
the candidate slices with [::-1]."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        start, length = 0, 1
        for i in range(1, len(s)):
            odd, even = s[i - length - 1:i + 1], s[i - length:i + 1]
            if i - length - 1 >= 0 and odd == odd[::-1]:
                start, length = i - length - 1, length + 2
            elif even == even[::-1]:
                start, length = i - length, length + 1
        return s[start:start + length]
