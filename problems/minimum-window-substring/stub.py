class Solution:
    def minWindow(self, s: str, t: str) -> str:
        raise NotImplementedError("write your solution to minimum-window-substring here, then run `shousi run minimum-window-substring`")
