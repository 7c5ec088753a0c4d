# Builds a fresh Counter for every window: O(n * m), 2*10^8 letters counted when len(p) = len(s) / 2.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        target = Counter(p)
        return [i for i in range(len(s) - m + 1) if Counter(s[i:i + m]) == target]
