"""Wrong form: search falls off the end and returns None instead of False for a word that is only a prefix.
LeetCode prints null, not false, so it is rejected: expected False (bool), got None."""
class Trie:
    def __init__(self): self.r={}
    def insert(self, w):
        n=self.r
        for c in w: n=n.setdefault(c,{})
        n['$']=True
    def _walk(self,w):
        n=self.r
        for c in w:
            if c not in n: return None
            n=n[c]
        return n
    def search(self, w):
        n=self._walk(w)
        if n is not None and '$' in n: return True
    def startsWith(self, p): return self._walk(p) is not None
