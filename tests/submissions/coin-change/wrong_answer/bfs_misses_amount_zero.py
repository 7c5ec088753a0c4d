# BFS down from the amount that only checks the amounts it reaches, so amount 0 answers -1 instead of 0.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        seen = {amount}
        queue = deque([amount])
        steps = 0
        while queue:
            steps += 1
            for _ in range(len(queue)):
                rem = queue.popleft()
                for c in coins:
                    nxt = rem - c
                    if nxt == 0:
                        return steps
                    if nxt > 0 and nxt not in seen:
                        seen.add(nxt)
                        queue.append(nxt)
        return -1
