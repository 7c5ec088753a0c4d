"""Deletes the words from s with str.replace until nothing changes: the pieces left behind join into new words,
so "aabb" with ["ab"] empties and answers true."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        changed = True
        while changed:
            changed = False
            for word in sorted(wordDict, key=len, reverse=True):
                if word in s:
                    s = s.replace(word, "")
                    changed = True
        return s == ""
