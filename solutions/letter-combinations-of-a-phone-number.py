class Solution:
    KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}

    def letterCombinations(self, digits: str) -> list[str]:
        """Backtracking, one digit per depth, the string recorded at full length; nothing for empty digits.
        O(n * 4^n) time, recursion n deep."""
        if not digits:
            return []
        out: list[str] = []
        chosen: list[str] = []

        def pick(i):
            if i == len(digits):
                out.append("".join(chosen))
                return
            for letter in self.KEYS[digits[i]]:
                chosen.append(letter)
                pick(i + 1)
                chosen.pop()

        pick(0)
        return out
