# Builds every ordered sequence of coins and dedupes them as sorted tuples in a set: exponentially many.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        found = set()

        def build(rem, chosen):
            if rem == 0:
                found.add(tuple(sorted(chosen)))
                return
            for c in coins:
                if c <= rem:
                    chosen.append(c)
                    build(rem - c, chosen)
                    chosen.pop()

        build(amount, [])
        return len(found)
