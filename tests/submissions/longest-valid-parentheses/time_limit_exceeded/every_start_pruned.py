"""Every start with all the prunings (jump past a negative balance, stop when the balance cannot close, stop when
the rest is shorter than the best): still O(n^2) on 3 x 10^4 `(`."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        n = len(s); best = 0; i = 0
        while i < n and n - i > best:
            bal = 0; j = i; neg = False
            while j < n:
                bal += 1 if s[j] == '(' else -1
                if bal < 0: neg = True; break
                if bal > n - j - 1: break
                if bal == 0 and j - i + 1 > best: best = j - i + 1
                j += 1
            i = j + 1 if neg else i + 1
        return best
