"""A plain function: BFS over the start indices, each word that matches there leading to a new start; each start
is expanded once."""
from collections import deque


def word_break(s, wordDict):
    seen = {0}
    queue = deque([0])
    while queue:
        start = queue.popleft()
        for word in wordDict:
            if s.startswith(word, start):
                end = start + len(word)
                if end == len(s):
                    return True
                if end not in seen:
                    seen.add(end)
                    queue.append(end)
    return False
