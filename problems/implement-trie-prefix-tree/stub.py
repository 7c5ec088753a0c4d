class Trie:

    def __init__(self):
        raise NotImplementedError("write your solution to implement-trie-prefix-tree here, then run `shousi run implement-trie-prefix-tree`")

    def insert(self, word: str) -> None:
        pass

    def search(self, word: str) -> bool:
        pass

    def startsWith(self, prefix: str) -> bool:
        pass
