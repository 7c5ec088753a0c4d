"""One pass moving the 0s to the front, then a single adjacent-swap pass over the rest: a lone 2 before a run of
1s moves one place only. Wrong answer on the case with no 0s."""
from typing import List
class Solution:
    def sortColors(self, nums: List[int]) -> None:
        p=0
        for i in range(len(nums)):
            if nums[i]==0: nums[p],nums[i]=nums[i],nums[p]; p+=1
        for i in range(p,len(nums)-1):
            if nums[i]==2 and nums[i+1]==1: nums[i],nums[i+1]=nums[i+1],nums[i]
