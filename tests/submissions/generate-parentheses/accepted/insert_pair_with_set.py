# Inserts "()" at every position of every string for n - 1, with a set to drop repeats; returns a tuple.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        level = {""}
        for _ in range(n):
            level = {s[:i] + "()" + s[i:] for s in level for i in range(len(s) + 1)}
        return tuple(level)
