# Checks the window starting at i for i in range(len(s) - len(p)): the last start, len(s) - len(p), is skipped.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        need = [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        window = [0] * 26
        for c in s[:m]:
            window[ord(c) - 97] += 1
        res = []
        for i in range(len(s) - m):
            if window == need:
                res.append(i)
            window[ord(s[i]) - 97] -= 1
            window[ord(s[i + m]) - 97] += 1
        return res
