# Builds the first window from s[0..len(p)-1] without checking len(p) <= len(s): IndexError when p is longer.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        need = [0] * 26
        window = [0] * 26
        for i in range(m):
            need[ord(p[i]) - 97] += 1
            window[ord(s[i]) - 97] += 1
        res = [0] if window == need else []
        for i in range(m, len(s)):
            window[ord(s[i]) - 97] += 1
            window[ord(s[i - m]) - 97] -= 1
            if window == need:
                res.append(i - m + 1)
        return res
