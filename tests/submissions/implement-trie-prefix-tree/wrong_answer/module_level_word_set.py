"""Wrong: the words live in a module-level set, shared by every Trie ever built, so a new, empty trie still
finds the words of an earlier one (hidden 2: an empty trie finds nothing)."""
WORDS=set()
class Trie:
    def __init__(self): pass
    def insert(self, w): WORDS.add(w)
    def search(self, w): return w in WORDS
    def startsWith(self, p):
        import bisect
        s=sorted(WORDS); i=bisect.bisect_left(s,p)
        return i<len(s) and s[i].startswith(p)
