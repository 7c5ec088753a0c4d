"""Wrong: a typo in the table, 9 -> "wxy", losing z. No example uses 9; hidden 8 (the key 9 alone) catches it."""
from typing import *
import itertools
K={"2":"abc","3":"def","4":"ghi","5":"jkl","6":"mno","7":"pqrs","8":"tuv","9":"wxyz"}
class Solution:
    def letterCombinations(self, digits):
        if not digits: return []
        k=dict(K); k["9"]="wxy"
        return ["".join(p) for p in itertools.product(*(k[d] for d in digits))]
