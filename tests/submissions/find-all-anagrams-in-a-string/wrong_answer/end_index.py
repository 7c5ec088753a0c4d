# Finds the right windows but records where each one ends instead of where it starts.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        need = [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        window = [0] * 26
        res = []
        for i, c in enumerate(s):
            window[ord(c) - 97] += 1
            if i >= m:
                window[ord(s[i - m]) - 97] -= 1
            if i >= m - 1 and window == need:
                res.append(i)
        return res
