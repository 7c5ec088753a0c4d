class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        raise NotImplementedError("write your solution to letter-combinations-of-a-phone-number here, then run `shousi run letter-combinations-of-a-phone-number`")
