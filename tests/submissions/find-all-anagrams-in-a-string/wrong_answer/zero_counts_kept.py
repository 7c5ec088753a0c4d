# A plain dict of counts that keeps letters whose count fell to 0: after that it never equals p's counts.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        need = {}
        for c in p:
            need[c] = need.get(c, 0) + 1
        window = {}
        res = []
        for i, c in enumerate(s):
            window[c] = window.get(c, 0) + 1
            if i >= m:
                window[s[i - m]] -= 1
            if i >= m - 1 and window == need:
                res.append(i - m + 1)
        return res
