# Prefix sums counted in a defaultdict seeded with the empty prefix: the textbook answer.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        count = defaultdict(int)
        count[0] = 1
        total = ans = 0
        for x in nums:
            total += x
            ans += count[total - k]
            count[total] += 1
        return ans
