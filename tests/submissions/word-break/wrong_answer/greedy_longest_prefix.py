"""Greedy: at each position takes the longest word that matches and never backtracks: "cars" with
["car","ca","rs"] takes car and is stuck on s."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        i = 0
        while i < len(s):
            match = max((w for w in wordDict if s.startswith(w, i)), key=len, default=None)
            if match is None:
                return False
            i += len(match)
        return True
