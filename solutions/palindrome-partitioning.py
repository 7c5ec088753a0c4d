class Solution:
    def partition(self, s: str) -> list[list[str]]:
        """A table of which s[i..j] are palindromes (O(n²), from the inside out), then backtracking over the first
        piece's end: O(n · 2ⁿ) in all, the size of the output when every piece is a palindrome."""
        n = len(s)
        palindrome = [[False] * n for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                palindrome[i][j] = s[i] == s[j] and (j - i < 2 or palindrome[i + 1][j - 1])
        found: list[list[str]] = []
        pieces: list[str] = []

        def extend(start: int) -> None:
            if start == n:
                found.append(list(pieces))
                return
            for end in range(start, n):
                if palindrome[start][end]:
                    pieces.append(s[start:end + 1])
                    extend(end + 1)
                    pieces.pop()

        extend(0)
        return found
