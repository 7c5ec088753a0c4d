# The slowest approach LeetCode accepts: all 2^(2n) strings (65536 at n = 8), keep the balanced ones.
from itertools import product


class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        def valid(s):
            depth = 0
            for c in s:
                depth += 1 if c == "(" else -1
                if depth < 0:
                    return False
            return depth == 0

        return ["".join(p) for p in product("()", repeat=2 * n) if valid(p)]
