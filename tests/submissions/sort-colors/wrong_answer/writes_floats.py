"""Counts the colours and writes them back with nums[:] = ..., but as floats 0.0, 1.0, 2.0. Equal as numbers, yet
LeetCode prints [0.0,0.0,...], not [0,0,...]; the grader checks the element types: wrong answer."""
from typing import List
class Solution:
    def sortColors(self, nums: List[int]) -> None:
        c=[nums.count(i) for i in range(3)]
        nums[:]=[0.0]*c[0]+[1.0]*c[1]+[2.0]*c[2]
