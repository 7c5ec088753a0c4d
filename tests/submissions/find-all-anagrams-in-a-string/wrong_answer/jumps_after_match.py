"""After a match, when p's letters are all different (and p has 4 or more), jumps a whole window ahead, reasoning
that the windows overlapping a match cannot be anagrams too. They can: in "abcdabcd" every start 0..4 is one.
Wrong answer on the hidden case "abcdabcd" / "dcba" (it returns [0, 4]); "abcabc" / "abc" has p of 3 letters."""
class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m, n = len(p), len(s)
        if m > n:
            return []
        need, win = [0] * 26, [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        for c in s[:m]:
            win[ord(c) - 97] += 1
        jump = m if m >= 4 and len(set(p)) == m else 1
        res, i = [], 0
        while True:
            step = 1
            if win == need:
                res.append(i)
                step = jump
            for _ in range(step):
                if i + m >= n:
                    return res
                win[ord(s[i]) - 97] -= 1
                win[ord(s[i + m]) - 97] += 1
                i += 1
