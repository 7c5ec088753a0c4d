"""Looks only at the first 5000 characters (a mistaken belief about the input size): the maximum-size cases catch it. Wrong answer."""
class Solution:
    def isValid(self, s):
        s=s[:5000]
        st=[];m={")":"(","]":"[","}":"{"}
        for ch in s:
            if ch in m:
                if not st or st.pop()!=m[ch]: return False
            else: st.append(ch)
        return not st
