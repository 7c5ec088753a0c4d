"""Wrong form: the tuples of letters from itertools.product, not joined into strings. LeetCode rejects this
too: a string is asked for, and ("a", "d") is not "ad"."""
from typing import *
import itertools
K={"2":"abc","3":"def","4":"ghi","5":"jkl","6":"mno","7":"pqrs","8":"tuv","9":"wxyz"}
class Solution:
    def letterCombinations(self, digits):
        if not digits: return []
        return list(itertools.product(*(K[d] for d in digits)))
