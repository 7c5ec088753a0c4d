"""Wrong: only the first three digits are used, as if three were the maximum length; hidden 14 (four digits)
catches it."""
from typing import *
import itertools
K={"2":"abc","3":"def","4":"ghi","5":"jkl","6":"mno","7":"pqrs","8":"tuv","9":"wxyz"}
class Solution:
    def letterCombinations(self, digits):
        if not digits: return []
        return ["".join(p) for p in itertools.product(*(K[d] for d in digits[:3]))]
