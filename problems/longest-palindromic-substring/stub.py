class Solution:
    def longestPalindrome(self, s: str) -> str:
        raise NotImplementedError("write your solution to longest-palindromic-substring here, then run `shousi run longest-palindromic-substring`")
