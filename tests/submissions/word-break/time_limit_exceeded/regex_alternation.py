"""A regular expression (word1|word2|...)*: right, but Python's backtracking engine tries every split of
"aaaa...ab" before failing, exponential."""
import re


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        pattern = "(?:" + "|".join(map(re.escape, wordDict)) + ")*"
        return re.fullmatch(pattern, s) is not None
