"""Take or skip, but checks only the remainder before reading candidates[i]: IndexError once i reaches the end."""


class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        out = []

        def go(i, remain, chosen):
            if remain == 0:
                out.append(chosen)
                return
            if remain < 0:
                return
            go(i, remain - candidates[i], chosen + [candidates[i]])
            go(i + 1, remain, chosen)

        go(0, target, [])
        return out
