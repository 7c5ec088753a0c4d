# Appends the path list itself instead of a copy: every entry is the same list, empty after the backtracking.
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        res, path, used = [], [], [False] * len(nums)

        def backtrack():
            if len(path) == len(nums):
                res.append(path)
                return
            for i in range(len(nums)):
                if not used[i]:
                    used[i] = True
                    path.append(nums[i])
                    backtrack()
                    path.pop()
                    used[i] = False

        backtrack()
        return res
