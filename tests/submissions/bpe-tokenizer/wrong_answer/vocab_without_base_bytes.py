# Keeps only the learned tokens in vocab (decode falls back to bytes([i])): ids right, vocab wrong.
class BPETokenizer:
    def __init__(self):
        self.merges = {}
        self.vocab = {}

    @staticmethod
    def _merge(ids, pair, idx):
        out, i = [], 0
        while i < len(ids):
            if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
                out.append(idx)
                i += 2
            else:
                out.append(ids[i])
                i += 1
        return out

    def _bytes(self, i):
        return self.vocab[i] if i in self.vocab else bytes([i])

    @staticmethod
    def _counts(ids):
        counts = {}
        for pair in zip(ids, ids[1:]):
            counts[pair] = counts.get(pair, 0) + 1
        return counts

    def train(self, text, vocab_size):
        ids = list(text.encode("utf-8"))
        for idx in range(256, vocab_size):
            counts = self._counts(ids)
            if not counts:
                break
            pair = max(counts, key=counts.get)
            ids = self._merge(ids, pair, idx)
            self.merges[pair] = idx
            self.vocab[idx] = self._bytes(pair[0]) + self._bytes(pair[1])

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        while len(ids) >= 2:
            pair = min(self._counts(ids), key=lambda p: self.merges.get(p, float("inf")))
            if pair not in self.merges:
                break
            ids = self._merge(ids, pair, self.merges[pair])
        return ids

    def decode(self, ids):
        return b"".join(self._bytes(i) for i in ids).decode("utf-8", errors="replace")
