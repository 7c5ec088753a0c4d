# Walks over set(digits) in sorted order: a repeated digit is used once, and the digits' order is lost.
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        combos = [""]
        for d in sorted(set(digits)):
            combos = [c + k for c in combos for k in keys[d]]
        return combos
