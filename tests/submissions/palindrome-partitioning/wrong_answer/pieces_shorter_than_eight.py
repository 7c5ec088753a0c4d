"""A palindrome table, then backtracking that only tries pieces shorter than 8 letters. Right on every short or
varied string; on sixteen a's it loses the cuttings with a piece of 8 or more. Wrong answer."""
from typing import List
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        n=len(s); P=[[False]*n for _ in range(n)]
        for i in range(n-1,-1,-1):
            for j in range(i,n):
                P[i][j]= s[i]==s[j] and (j-i<2 or P[i+1][j-1])
        res=[]
        def bt(i,path):
            if i==n: res.append(path[:]); return
            for j in range(i,n):
                if P[i][j] and (j-i<8): path.append(s[i:j+1]); bt(j+1,path); path.pop()
        bt(0,[]); return res
