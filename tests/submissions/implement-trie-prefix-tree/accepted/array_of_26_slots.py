"""Nodes with __slots__ and an array of 26 children indexed by ord(c) - ord("a")."""


class Node:
    __slots__ = ("kids", "end")

    def __init__(self):
        self.kids = [None] * 26
        self.end = False


class Trie:
    def __init__(self):
        self.root = Node()

    def insert(self, word):
        node = self.root
        for c in word:
            i = ord(c) - 97
            if node.kids[i] is None:
                node.kids[i] = Node()
            node = node.kids[i]
        node.end = True

    def _find(self, s):
        node = self.root
        for c in s:
            node = node.kids[ord(c) - 97]
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._find(word)
        return node is not None and node.end

    def startsWith(self, prefix):
        return self._find(prefix) is not None
