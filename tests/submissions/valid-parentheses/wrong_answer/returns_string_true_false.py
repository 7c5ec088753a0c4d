"""Returns the strings "true"/"false" instead of a bool: "false" is truthy, so this is the right value in the wrong form. Wrong answer."""
class Solution:
    def isValid(self, s):
        st=[];m={")":"(","]":"[","}":"{"}
        for ch in s:
            if ch in m:
                if not st or st.pop()!=m[ch]: return "false"
            else: st.append(ch)
        return "true" if not st else "false"
