# Swaps each number into place but never swaps back: from three numbers on, some permutations repeat and others
# are missing.
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        out = []

        def go(first):
            if first == len(nums):
                out.append(nums[:])
                return
            for i in range(first, len(nums)):
                nums[first], nums[i] = nums[i], nums[first]
                go(first + 1)

        go(0)
        return out
