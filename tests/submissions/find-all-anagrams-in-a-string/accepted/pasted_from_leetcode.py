# Pasted from LeetCode as is: a defaultdict window whose zero counts are deleted, relying on the implicit imports.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        need = Counter(p)
        window = defaultdict(int)
        res = []
        l = 0
        for r, ch in enumerate(s):
            window[ch] += 1
            if r - l + 1 > len(p):
                window[s[l]] -= 1
                if window[s[l]] == 0:
                    del window[s[l]]
                l += 1
            if r - l + 1 == len(p) and window == need:
                res.append(l)
        return res
