"""The recursion over the start index without a memo: on 299 a then b with the words a to a^10 it tries every
way to split the a's, about 2^299 of them."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)

        def can(start):
            if start == len(s):
                return True
            return any(s[start:end] in words and can(end) for end in range(start + 1, len(s) + 1))

        return can(0)
