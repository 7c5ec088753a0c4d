"""Wrong form: a generator of the subsets, not a list. LeetCode serialises the return value and rejects a
generator; so does this grader ("expected a list")."""
from typing import *
import itertools
class Solution:
    def subsets(self, nums):
        return (list(c) for k in range(len(nums)+1) for c in itertools.combinations(nums,k))
