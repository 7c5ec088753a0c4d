class Solution:
    def canPartition(self, nums: list[int]) -> bool:
        """Is some subset's sum half the total? The reachable sums as the bits of one integer: O(n x target / 64)."""
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        mask = (1 << (target + 1)) - 1
        bits = 1  # bit s set: some subset of the numbers seen sums to s
        for x in nums:
            bits = (bits | bits << x) & mask
        return bool(bits >> target & 1)
