"""Backtracking with a visited set, memoized on (row, column, index) with lru_cache. A failure cached while
some cells were in the visited set is reused when they are free again, so a path that needs a cell an
abandoned branch visited is missed. Wrong answer."""
from typing import List
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        from functools import lru_cache
        m,n=len(board),len(board[0])
        seen=set()
        @lru_cache(None)
        def d(r,c,k):
            if k==len(word): return True
            if r<0 or c<0 or r>=m or c>=n or board[r][c]!=word[k] or (r,c) in seen: return False
            seen.add((r,c))
            ok=any(d(r+a,c+b,k+1) for a,b in ((1,0),(-1,0),(0,1),(0,-1)))
            seen.discard((r,c)); return ok
        return any(d(r,c,0) for r in range(m) for c in range(n))
