# Pasted from LeetCode: a heap in place of the sort, relying on heapq being predefined.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        heap = [tuple(p) for p in intervals]
        heapq.heapify(heap)
        res = []
        while heap:
            s, e = heapq.heappop(heap)
            if res and s <= res[-1][1]:
                res[-1][1] = max(res[-1][1], e)
            else:
                res.append([s, e])
        return res
