"""Clears the waiting stack at each day of the maximum temperature instead of letting it answer the colder days: wrong answer."""
from typing import List
class Solution:
    def dailyTemperatures(self, T):
        n=len(T);a=[0]*n;st=[]
        if len(set(T))==1: return a
        m=max(T)
        for i,t in enumerate(T):
            if t==m: st=[]; continue
            while st and T[st[-1]]<t: j=st.pop(); a[j]=i-j
            st.append(i)
        return a
