# Pasted from LeetCode as is: the monotonic deque with List and deque from the implicit imports.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        q = deque()
        output = []
        l = r = 0
        while r < len(nums):
            while q and nums[q[-1]] < nums[r]:
                q.pop()
            q.append(r)
            if l > q[0]:
                q.popleft()
            if r + 1 >= k:
                output.append(nums[q[0]])
                l += 1
            r += 1
        return output
