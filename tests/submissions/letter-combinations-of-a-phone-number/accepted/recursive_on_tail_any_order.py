"""Correct but unusual: recursion on the tail, with the strings in an order other than lexicographic. Any
order is accepted."""
from typing import *
import itertools
K={"2":"abc","3":"def","4":"ghi","5":"jkl","6":"mno","7":"pqrs","8":"tuv","9":"wxyz"}
class Solution:
    def letterCombinations(self, digits):
        if not digits: return []
        if len(digits)==1: return list(K[digits[0]])
        return [a+b for b in self.letterCombinations(digits[1:]) for a in K[digits[0]]]
