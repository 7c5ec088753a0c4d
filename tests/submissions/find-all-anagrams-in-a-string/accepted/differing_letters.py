# O(1) per step: track how many of the 26 letters have a count that differs from p's.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        if m > len(s):
            return []
        diff = [0] * 26
        for c in p:
            diff[ord(c) - 97] -= 1
        for c in s[:m]:
            diff[ord(c) - 97] += 1
        differing = sum(1 for d in diff if d)
        out = [0] if differing == 0 else []
        for i in range(m, len(s)):
            for k, step in ((ord(s[i]) - 97, 1), (ord(s[i - m]) - 97, -1)):
                if diff[k] == 0:
                    differing += 1
                diff[k] += step
                if diff[k] == 0:
                    differing -= 1
            if differing == 0:
                out.append(i - m + 1)
        return out
