# Sorts every window and compares it with sorted p: O(n * m log m), hopeless with len(p) = len(s) / 2.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        target = sorted(p)
        return [i for i in range(len(s) - m + 1) if sorted(s[i:i + m]) == target]
