"""No trie at all: a sorted list of the distinct words, kept sorted with insort (O(N) per insert), and bisect to
find the first word not below the query. The slowest approach here that passes."""
from bisect import bisect_left, insort


class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word):
        i = bisect_left(self.words, word)
        if i == len(self.words) or self.words[i] != word:
            insort(self.words, word)

    def search(self, word):
        i = bisect_left(self.words, word)
        return i < len(self.words) and self.words[i] == word

    def startsWith(self, prefix):
        i = bisect_left(self.words, prefix)
        return i < len(self.words) and self.words[i].startswith(prefix)
