"""Recursive insert and lookup, one frame per letter: 2000 frames deep on the longest words."""


class Trie:
    def __init__(self):
        self.kids = {}
        self.word = False

    def insert(self, word: str, i: int = 0) -> None:
        if i == len(word):
            self.word = True
            return
        if word[i] not in self.kids:
            self.kids[word[i]] = Trie()
        self.kids[word[i]].insert(word, i + 1)

    def _node(self, s, i=0):
        if i == len(s):
            return self
        child = self.kids.get(s[i])
        return child._node(s, i + 1) if child else None

    def search(self, word: str) -> bool:
        node = self._node(word)
        return bool(node and node.word)

    def startsWith(self, prefix: str) -> bool:
        return self._node(prefix) is not None
