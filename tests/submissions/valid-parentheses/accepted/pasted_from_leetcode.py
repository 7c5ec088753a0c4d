"""Pasted from LeetCode as is: a deque as the stack, relying on the implicit `collections` names."""


class Solution:
    def isValid(self, s: str) -> bool:
        stack = deque()
        match = {')': '(', ']': '[', '}': '{'}
        for ch in s:
            if ch in '([{':
                stack.append(ch)
            elif not stack or stack[-1] != match[ch]:
                return False
            else:
                stack.pop()
        return not stack
