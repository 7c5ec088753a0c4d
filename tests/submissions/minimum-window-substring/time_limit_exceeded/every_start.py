# From every start, extends a fresh count until the window covers t: O(|s|^2) when windows are long or absent.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        best = ""
        for i in range(len(s)):
            have, missing = Counter(), len(t)
            for j in range(i, len(s)):
                have[s[j]] += 1
                if have[s[j]] <= need[s[j]]:
                    missing -= 1
                if not missing:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
        return best
