# Searches all subsets for one of size two that hits the target: exponential.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        n = len(nums)

        def search(i, chosen, total):
            if i == n:
                return list(chosen) if len(chosen) == 2 and total == target else None
            chosen.append(i)
            found = search(i + 1, chosen, total + nums[i])
            chosen.pop()
            return found or search(i + 1, chosen, total)

        return search(0, [], 0)
