"""The editorial's bookkeeping with start = i - length // 2 instead of i - (length - 1) // 2: one off for even
palindromes ("cbbd" answers "cb")."""
class Solution:
    def longestPalindrome(self, s: str) -> str:
        def around(left, right):
            while left >= 0 and right < len(s) and s[left] == s[right]:
                left -= 1
                right += 1
            return right - left - 1

        start = end = 0
        for i in range(len(s)):
            length = max(around(i, i), around(i, i + 1))
            if length > end - start + 1:
                start, end = i - length // 2, i + length // 2
        return s[start:end + 1]
