"""Looks at most 99 days ahead (a bound guessed from the 71 temperature values): a warmer day can be much further away. Wrong answer."""
from typing import List
class Solution:
    def dailyTemperatures(self, T):
        n=len(T);a=[0]*n
        for i in range(n):
            for j in range(i+1,min(n,i+100)):
                if T[j]>T[i]: a[i]=j-i; break
        return a
