class Solution:
    def longestPalindrome(self, s: str) -> str:
        """Expand around each of the 2n - 1 centres (a character, or the gap after it): O(n^2) time, O(1) space."""
        best_start, best_len = 0, 1
        for centre in range(2 * len(s) - 1):
            left, right = centre // 2, (centre + 1) // 2
            while left >= 0 and right < len(s) and s[left] == s[right]:
                left -= 1
                right += 1
            if right - left - 1 > best_len:
                best_start, best_len = left + 1, right - left - 1
        return s[best_start:best_start + best_len]
