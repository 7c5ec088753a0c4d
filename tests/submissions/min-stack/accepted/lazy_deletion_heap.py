"""Lazy-deletion heap beside the stack: getMin pops dead heap entries. Amortised O(log n), not O(1), but correct and fast: accepted."""
import heapq
from collections import Counter
class MinStack:
    # lazy-deletion heap: O(log n) amortised but correct
    def __init__(self):
        self.s=[]; self.h=[]; self.dead=Counter()
    def push(self, val):
        self.s.append(val); heapq.heappush(self.h,val)
    def pop(self):
        self.dead[self.s.pop()]+=1
    def top(self): return self.s[-1]
    def getMin(self):
        while self.dead[self.h[0]]:
            self.dead[self.h[0]]-=1; heapq.heappop(self.h)
        return self.h[0]
