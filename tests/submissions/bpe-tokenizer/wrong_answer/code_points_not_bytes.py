# Character-level BPE: starts from code points (ord), not UTF-8 bytes, so non-ASCII text gets ids above 255.
class BPETokenizer:
    def __init__(self):
        self.merges = {}
        self.vocab = {i: bytes([i]) for i in range(256)}

    def _merge(self, ids, pair, idx):
        out, i = [], 0
        while i < len(ids):
            if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
                out.append(idx)
                i += 2
            else:
                out.append(ids[i])
                i += 1
        return out

    def _token(self, i):
        if i not in self.vocab:
            self.vocab[i] = chr(i).encode("utf-8")
        return self.vocab[i]

    def train(self, text, vocab_size):
        ids = [ord(c) for c in text]
        for idx in range(256, vocab_size):
            counts = {}
            for pair in zip(ids, ids[1:]):
                counts[pair] = counts.get(pair, 0) + 1
            if not counts:
                break
            pair = max(counts, key=counts.get)
            ids = self._merge(ids, pair, idx)
            self.merges[pair] = idx
            self.vocab[idx] = self._token(pair[0]) + self._token(pair[1])

    def encode(self, text):
        ids = [ord(c) for c in text]
        for pair, idx in self.merges.items():
            ids = self._merge(ids, pair, idx)
        return ids

    def decode(self, ids):
        return b"".join(self._token(i) for i in ids).decode("utf-8", errors="replace")
