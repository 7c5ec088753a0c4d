# BFS from 0 over the amounts, each coin an edge: the first level that reaches the amount is the answer.
from collections import deque


def coin_change(coins, amount):
    if amount == 0:
        return 0
    seen = [False] * (amount + 1)
    seen[0] = True
    queue = deque([0])
    steps = 0
    while queue:
        steps += 1
        for _ in range(len(queue)):
            here = queue.popleft()
            for c in coins:
                there = here + c
                if there == amount:
                    return steps
                if there < amount and not seen[there]:
                    seen[there] = True
                    queue.append(there)
    return -1
