"""A LeetCode paste relying on the implicit imports: collections' Counter, not imported."""


class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        return Counter(nums).most_common(1)[0][0]
