# Keeps the result list on the class: a second call returns the first call's permutations as well.
class Solution:
    res = []

    def permute(self, nums: List[int]) -> List[List[int]]:
        def backtrack(path, rest):
            if not rest:
                self.res.append(path)
            for i in range(len(rest)):
                backtrack(path + [rest[i]], rest[:i] + rest[i + 1:])

        backtrack([], nums)
        return self.res
