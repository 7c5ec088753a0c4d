"""A monotonic stack that pops every number >= x before pushing x, keeping the largest size seen: the popped
numbers are lost for good ([1,4,5,2,6] answers 3, not 4)."""
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        stack, best = [], 0
        for x in nums:
            while stack and stack[-1] >= x:
                stack.pop()
            stack.append(x)
            best = max(best, len(stack))
        return best
