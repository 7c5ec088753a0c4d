class Trie:
    """Nested dicts, one per node, letter -> child; the key "$" (not a lowercase letter) marks the end of a word.
    Every call is O(L) for a string of length L; no recursion, so 2000-letter words are fine."""

    END = "$"

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node[self.END] = True

    def _walk(self, text: str):
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and self.END in node

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
