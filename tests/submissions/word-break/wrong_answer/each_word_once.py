"""A backtracking search that removes a word from the dictionary once used: "aaaa" with ["aa"] needs aa twice."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def search(rest, available):
            if not rest:
                return True
            return any(rest.startswith(w) and search(rest[len(w):], available - {w}) for w in available)

        return search(s, frozenset(wordDict))
