# Slides over the positions of t's letters only (LeetCode's "optimised" variant), with an array of 128 counts.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = [0] * 128
        for c in t:
            need[ord(c)] += 1
        kinds = sum(1 for x in need if x)
        useful = [(i, ord(c)) for i, c in enumerate(s) if need[ord(c)]]
        have = [0] * 128
        formed, left, best = 0, 0, None
        for right in range(len(useful)):
            r_pos, code = useful[right]
            have[code] += 1
            if have[code] == need[code]:
                formed += 1
            while formed == kinds:
                l_pos, l_code = useful[left]
                if best is None or r_pos - l_pos < best[1] - best[0]:
                    best = (l_pos, r_pos)
                have[l_code] -= 1
                if have[l_code] < need[l_code]:
                    formed -= 1
                left += 1
        return "" if best is None else s[best[0]:best[1] + 1]
