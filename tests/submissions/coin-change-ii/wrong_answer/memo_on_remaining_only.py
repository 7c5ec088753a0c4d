# Memoized recursion on the remaining amount alone: any coin may come next, so orderings are counted.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        @lru_cache(None)
        def ways(rem):
            if rem == 0:
                return 1
            return sum(ways(rem - c) for c in coins if c <= rem)

        return ways(amount)
