# Correct but O(N * L) per call: the words in a list, search and startsWith scanning all of them; 15000 words
# probed 15000 times is over 10^8 string comparisons.
class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for w in self.words:
            if w == word:
                return True
        return False

    def startsWith(self, prefix: str) -> bool:
        for w in self.words:
            if w.startswith(prefix):
                return True
        return False
