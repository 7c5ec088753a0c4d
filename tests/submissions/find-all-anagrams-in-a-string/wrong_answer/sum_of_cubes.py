"""A rolling hash: the sum of the cubes of the letter numbers (a = 1 ... z = 26), O(1) per step. Cubes do not
separate multisets: 1^3 + 12^3 = 9^3 + 10^3 = 1729, so "ij" passes for "al". Wrong answer on the hidden case
"ijal" / "la"; random strings almost never meet such a collision."""
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        if m > len(s):
            return []
        f = lambda c: (ord(c) - 96) ** 3
        want, cur, res = sum(map(f, p)), sum(map(f, s[:m])), []
        for i in range(len(s) - m + 1):
            if i > 0:
                cur += f(s[i + m - 1]) - f(s[i - 1])
            if cur == want:
                res.append(i)
        return res
