"""Wrong: nested dicts with the letter "z" as the end-of-word sentinel, so the end mark of "vr" is also the
child "z" and startsWith("vrz") is true although no word begins with it (hidden 18 over 26 letters)."""
class Trie:
    def __init__(self): self.r={}
    def insert(self, w):
        n=self.r
        for c in w: n=n.setdefault(c,{})
        n['z']=n.get('z',{})
        n['z']['end']=1
    def _walk(self,w):
        n=self.r
        for c in w:
            if c not in n: return None
            n=n[c]
        return n
    def search(self, w):
        n=self._walk(w); return n is not None and 'z' in n and 'end' in n['z']
    def startsWith(self, p): return self._walk(p) is not None
