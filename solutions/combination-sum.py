class Solution:
    def combinationSum(self, candidates: list[int], target: int) -> list[list[int]]:
        """Backtracking over the sorted candidates from a start index, a candidate reusable: each multiset is built
        once, in non-decreasing order, and a branch stops at the first candidate larger than what is left."""
        values = sorted(candidates)
        found: list[list[int]] = []
        path: list[int] = []

        def extend(start: int, left: int) -> None:
            if left == 0:
                found.append(list(path))
                return
            for i in range(start, len(values)):
                if values[i] > left:
                    break
                path.append(values[i])
                extend(i, left - values[i])
                path.pop()

        extend(0, target)
        return found
