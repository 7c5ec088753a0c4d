# On a repeat, starts a new window at the repeated character, losing what followed its earlier copy: "dvdf" gives 2.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        seen = set()
        best = 0
        for c in s:
            if c in seen:
                seen = {c}
            else:
                seen.add(c)
            best = max(best, len(seen))
        return best
