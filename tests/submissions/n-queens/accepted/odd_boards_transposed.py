"""Backtracking, then for odd n every board is returned transposed (column strings instead of row strings). The
transpose of a solution is a solution and transposing is a bijection, so the set of boards is the same: accepted."""
from typing import List
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        res=[]; cols=[]
        def bt(r):
            if r==n: res.append(["."*c+"Q"+"."*(n-c-1) for c in cols]); return
            for c in range(n):
                if all(c!=cc and abs(c-cc)!=r-rr for rr,cc in enumerate(cols)):
                    cols.append(c); bt(r+1); cols.pop()
        bt(0)
        return [["".join(b[r][c] for r in range(n)) for c in range(n)] if n%2 else b for b in res]
