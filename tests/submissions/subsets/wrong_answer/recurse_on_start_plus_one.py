# Recurses with start + 1 instead of i + 1: numbers before i come back, so subsets repeat (in other orders).
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        res = []

        def backtrack(start, path):
            res.append(path[:])
            for i in range(start, len(nums)):
                if nums[i] in path:
                    continue
                path.append(nums[i])
                backtrack(start + 1, path)
                path.pop()

        backtrack(0, [])
        return res
