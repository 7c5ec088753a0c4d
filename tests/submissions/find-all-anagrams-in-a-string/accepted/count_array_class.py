# Two arrays of 26 counts: the first window built apart, then one letter in and one out per step.
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        n, m = len(s), len(p)
        if m > n:
            return []
        pc = [0] * 26
        sc = [0] * 26
        for i in range(m):
            pc[ord(p[i]) - ord('a')] += 1
            sc[ord(s[i]) - ord('a')] += 1
        ans = [0] if sc == pc else []
        for i in range(m, n):
            sc[ord(s[i]) - ord('a')] += 1
            sc[ord(s[i - m]) - ord('a')] -= 1
            if sc == pc:
                ans.append(i - m + 1)
        return ans
