class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        raise NotImplementedError("write your solution to longest-substring-without-repeating-characters here, then run `shousi run longest-substring-without-repeating-characters`")
