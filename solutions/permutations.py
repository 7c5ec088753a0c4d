class Solution:
    def permute(self, nums: list[int]) -> list[list[int]]:
        """Backtracking over positions with a `used` flag per index; a copy of the path is recorded at full
        length. O(n * n!) time, recursion n deep."""
        n = len(nums)
        used = [False] * n
        path: list[int] = []
        out: list[list[int]] = []

        def extend():
            if len(path) == n:
                out.append(path[:])
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    path.append(nums[i])
                    extend()
                    path.pop()
                    used[i] = False

        extend()
        return out
