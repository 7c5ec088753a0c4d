# Memoized recursion with lru_cache (implicitly imported) returning tuples, so the cache is never mutated.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        @lru_cache(None)
        def build(k):
            if k == 0:
                return ("",)
            return tuple("(" + a + ")" + b for i in range(k) for a in build(i) for b in build(k - 1 - i))

        return list(build(n))
