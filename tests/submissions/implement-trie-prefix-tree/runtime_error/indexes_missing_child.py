# Walks with node[ch] without checking that the child exists: a search for a word not in the trie raises KeyError.
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for ch in word:
            node = node[ch]
        return "$" in node

    def startsWith(self, prefix: str) -> bool:
        node = self.root
        for ch in prefix:
            node = node[ch]
        return True
