"""A plain function: a min-heap of the k largest so far, started from the first k values heapified."""
import heapq


def find_kth_largest(nums, k):
    heap = nums[:k]
    heapq.heapify(heap)
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
