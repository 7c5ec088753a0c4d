"""Pasted from LeetCode: the partitions of each suffix memoized with lru_cache (implicitly imported), as tuples
so that the cache is never mutated."""


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        @lru_cache(None)
        def parts(i):
            if i == len(s):
                return ((),)
            out = []
            for j in range(i + 1, len(s) + 1):
                if s[i:j] == s[i:j][::-1]:
                    out.extend((s[i:j],) + rest for rest in parts(j))
            return tuple(out)

        return [list(p) for p in parts(0)]
