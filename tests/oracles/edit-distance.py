"""Edit Distance by breadth-first search over single edits, from word1 until word2 is reached, on tiny words.

The edits are every deletion, every insertion and every replacement, with the letters of either word. Two
restrictions keep the search small without losing an optimal path: a letter that is in neither word never needs
to be written, and some optimal sequence does its deletions first and its insertions last, so it never holds more
than max(m, n) letters.
"""

from collections import deque


def inputs(rng):
    while True:
        letters = rng.choice(["a", "ab", "abc", "xyz"])
        yield {"word1": "".join(rng.choice(letters) for _ in range(rng.randint(0, 5))),
               "word2": "".join(rng.choice(letters) for _ in range(rng.randint(0, 5)))}


def solve(word1, word2):
    letters = sorted(set(word1 + word2))
    longest = max(len(word1), len(word2))
    distance = {word1: 0}
    queue = deque([word1])
    while queue:
        word = queue.popleft()
        if word == word2:
            return distance[word]
        nexts = [word[:k] + word[k + 1:] for k in range(len(word))]
        nexts += [word[:k] + c + word[k + 1:] for k in range(len(word)) for c in letters]
        if len(word) < longest:
            nexts += [word[:k] + c + word[k:] for k in range(len(word) + 1) for c in letters]
        for other in nexts:
            if other not in distance:
                distance[other] = distance[word] + 1
                queue.append(other)
    raise AssertionError("word2 is always reachable")
