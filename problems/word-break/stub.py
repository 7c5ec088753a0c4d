class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        raise NotImplementedError("write your solution to word-break here, then run `shousi run word-break`")
