# Correct but hopeless: pools the letters of all the digits' keys, tries every ordering of the pool (12! to 16!,
# over 4.7*10^8, at four digits) and keeps the first len(digits) letters when each is on its digit's key.
from itertools import permutations


class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        pool = "".join(keys[d] for d in digits)
        found = set()
        for order in permutations(pool):
            head = order[:len(digits)]
            if all(ch in keys[d] for ch, d in zip(head, digits)):
                found.add("".join(head))
        return sorted(found)
