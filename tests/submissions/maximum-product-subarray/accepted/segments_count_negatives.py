"""Splits at the zeros; in each segment with an odd number of negatives, drops the prefix through the first or
the suffix from the last negative, whichever is larger."""
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        def product(values):
            p = 1
            for v in values:
                p *= v
            return p

        best = max(nums)
        segment = []
        for x in nums + [0]:
            if x != 0:
                segment.append(x)
                continue
            if segment:
                negatives = [i for i, v in enumerate(segment) if v < 0]
                if len(negatives) % 2 == 0:
                    best = max(best, product(segment))
                else:
                    first, last = negatives[0], negatives[-1]
                    for part in (segment[first + 1:], segment[:last]):
                        if part:
                            best = max(best, product(part))
            segment = []
        return best
