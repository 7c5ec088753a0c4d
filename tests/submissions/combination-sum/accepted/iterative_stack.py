"""Iterative: an explicit stack of (start, remainder, combination), no recursion; returns tuples inside a tuple."""


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        values = sorted(candidates)
        found = []
        stack = [(0, target, ())]
        while stack:
            start, remain, combo = stack.pop()
            if remain == 0:
                found.append(combo)
                continue
            for i in range(start, len(values)):
                if values[i] > remain:
                    break
                stack.append((i, remain - values[i], combo + (values[i],)))
        return tuple(found)
