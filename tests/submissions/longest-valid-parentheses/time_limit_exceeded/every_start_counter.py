"""From every start, a depth counter to the right until it goes negative: O(n^2), 4.5 x 10^8 steps at 3 x 10^4."""
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        best = 0
        for start in range(len(s)):
            depth = 0
            for end in range(start, len(s)):
                depth += 1 if s[end] == "(" else -1
                if depth < 0:
                    break
                if depth == 0:
                    best = max(best, end - start + 1)
        return best
