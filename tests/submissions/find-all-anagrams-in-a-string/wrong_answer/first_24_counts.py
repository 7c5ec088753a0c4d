"""Compares only the first 24 of the 26 letter counts (a slice that stops too early). With every window exactly
len(p) wide one ignored letter is still forced right, two are not: a y standing in for a z matches. Wrong answer
on the hidden case "ayzaz" / "za", which every test of only a, b, c... letters lets through."""
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        need, win, res = [0] * 26, [0] * 26, []
        for c in p:
            need[ord(c) - 97] += 1
        for i, c in enumerate(s):
            win[ord(c) - 97] += 1
            if i >= m:
                win[ord(s[i - m]) - 97] -= 1
            if i >= m - 1 and win[:24] == need[:24]:
                res.append(i - m + 1)
        return res
