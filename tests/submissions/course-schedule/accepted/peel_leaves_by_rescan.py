"""The slowest approach LeetCode still accepts: repeatedly remove every course none of whose prerequisites remain,
rescanning the remaining pairs each round (one round per level of the graph), until nothing changes."""
from typing import List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        remaining = [tuple(p) for p in prerequisites]
        while remaining:
            blocked = {a for a, _ in remaining}
            kept = [(a, b) for a, b in remaining if b in blocked]
            if len(kept) == len(remaining):
                return False
            remaining = kept
        return True
