"""A queue of partial strings (BFS): pop one, and push it extended by each letter of the next digit, until the
strings are full length. The slowest style here, still instant."""
from collections import deque
from typing import List


class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        queue = deque([""])
        while len(queue[0]) < len(digits):
            s = queue.popleft()
            for ch in keys[digits[len(s)]]:
                queue.append(s + ch)
        return list(queue)
