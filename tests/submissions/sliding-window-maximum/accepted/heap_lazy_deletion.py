# The slowest approach LeetCode accepts: a max-heap of (-value, index), entries that left dropped lazily.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        heap = [(-nums[i], i) for i in range(k)]
        heapify(heap)
        ans = [-heap[0][0]]
        for i in range(k, len(nums)):
            heappush(heap, (-nums[i], i))
            while heap[0][1] <= i - k:
                heappop(heap)
            ans.append(-heap[0][0])
        return ans
