# Lazy deletion: every use pushes (time, key) on a heap; an eviction pops entries until one is current.
# O(log n) per call amortized, the heap rebuilt when stale entries outnumber live ones.
import heapq


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.last_used = {}
        self.heap = []
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.last_used[key] = self.clock
        heapq.heappush(self.heap, (self.clock, key))
        if len(self.heap) > 2 * len(self.values) + 16:
            self.heap = [(t, k) for k, t in self.last_used.items()]
            heapq.heapify(self.heap)

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            while True:
                t, k = heapq.heappop(self.heap)
                if self.last_used.get(k) == t:
                    del self.values[k], self.last_used[k]
                    break
        self.values[key] = value
        self._touch(key)
