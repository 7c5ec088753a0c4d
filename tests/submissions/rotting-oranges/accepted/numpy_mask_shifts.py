"""Correct but unusual: the minute-by-minute simulation as numpy boolean shifts (a rotten mask shifted one cell in
each of the four directions, ANDed with the fresh mask). Accepted: numpy is allowed and the int it returns is a
Python int."""
from typing import *
import collections
class Solution:
    def orangesRotting(self, grid):
        import numpy as np
        g=np.array(grid); t=0
        while True:
            r=(g==2); s=np.zeros_like(r)
            s[1:]|=r[:-1]; s[:-1]|=r[1:]; s[:,1:]|=r[:,:-1]; s[:,:-1]|=r[:,1:]
            new=(g==1)&s
            if not new.any(): break
            g[new]=2; t+=1
        return -1 if (g==1).any() else t
