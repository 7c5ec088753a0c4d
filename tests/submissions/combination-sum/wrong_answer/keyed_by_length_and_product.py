"""Backtracking that keys the found combinations by (length, product) in a dict. All of them sum to the
target, so the key looks unique, but distinct multisets can share length, sum and product ({2,8,9} and
{3,4,12} both give 3, 19, 144); such a collision overwrites one. Wrong answer on the 137-combination case."""
from typing import List
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        res={}
        cs=sorted(candidates)
        def bt(start, rem, path):
            if rem==0:
                p=1
                for x in path: p*=x
                res[(len(path),p)]=path[:]; return
            for i in range(start,len(cs)):
                if cs[i]>rem: break
                path.append(cs[i]); bt(i, rem-cs[i], path); path.pop()
        bt(0,target,[])
        return list(res.values())
