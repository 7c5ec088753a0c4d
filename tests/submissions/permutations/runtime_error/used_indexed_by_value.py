# Marks numbers in a used array indexed by the value, not the position: a value of n or more raises IndexError
# (and a negative one silently marks another slot).
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        res, path, used = [], [], [False] * len(nums)

        def backtrack():
            if len(path) == len(nums):
                res.append(path[:])
                return
            for x in nums:
                if not used[x]:
                    used[x] = True
                    path.append(x)
                    backtrack()
                    path.pop()
                    used[x] = False

        backtrack()
        return res
