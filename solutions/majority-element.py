class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        """Boyer-Moore voting: each other value cancels one copy of the candidate; the majority survives. O(n), O(1)."""
        candidate, votes = None, 0
        for x in nums:
            if votes == 0:
                candidate = x
            votes += 1 if x == candidate else -1
        return candidate
