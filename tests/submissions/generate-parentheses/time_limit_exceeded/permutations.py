# Every ordering of n "(" and n ")" through itertools.permutations: (2n)! orderings, 479001600 already at n = 6.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        def valid(s):
            depth = 0
            for c in s:
                depth += 1 if c == "(" else -1
                if depth < 0:
                    return False
            return depth == 0

        found = set()
        for p in permutations("(" * n + ")" * n):
            if valid(p):
                found.add("".join(p))
        return list(found)
