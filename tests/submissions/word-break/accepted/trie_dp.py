"""A trie of the words; from every reachable start, walk the trie along s and mark the ends of the words met."""
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        root = {}
        for word in wordDict:
            node = root
            for c in word:
                node = node.setdefault(c, {})
            node["$"] = True
        reachable = [False] * (len(s) + 1)
        reachable[0] = True
        for start in range(len(s)):
            if not reachable[start]:
                continue
            node = root
            for end in range(start, len(s)):
                node = node.get(s[end])
                if node is None:
                    break
                if "$" in node:
                    reachable[end + 1] = True
        return reachable[-1]
