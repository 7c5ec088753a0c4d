"""ACM mode: the operations and their arguments on two JSON lines, the outputs printed as one JSON list."""
import heapq
import json
import sys

operations, arguments = (json.loads(line) for line in sys.stdin.read().splitlines()[:2])
low, high, out = [], [], []
for name, args in zip(operations, arguments):
    result = None
    if name == "addNum":
        heapq.heappush(high, -heapq.heappushpop(low, -args[0]))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
    elif name == "findMedian":
        result = float(-low[0]) if len(low) > len(high) else (high[0] - low[0]) / 2
    out.append(result)
print(json.dumps(out))
