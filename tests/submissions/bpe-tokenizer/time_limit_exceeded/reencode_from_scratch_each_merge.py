# Before every merge, re-encodes the whole training text from its raw bytes with all the merges so far, and
# re-encodes by trying every merge at every step: O(M^2 * n) and worse, hopeless at 256 merges.
class BPETokenizer:
    def __init__(self):
        self.merges = {}
        self.vocab = {i: bytes([i]) for i in range(256)}

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

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        while True:
            for pair, idx in self.merges.items():  # the lowest id that is present, found by rescanning
                if any(p == pair for p in zip(ids, ids[1:])):
                    ids = self._merge(ids, pair, idx)
                    break
            else:
                return ids

    def train(self, text, vocab_size):
        for idx in range(256, vocab_size):
            ids = self.encode(text)
            counts = {}
            for pair in zip(ids, ids[1:]):
                counts[pair] = counts.get(pair, 0) + 1
            if not counts:
                break
            pair = max(counts, key=counts.get)
            self.merges[pair] = idx
            self.vocab[idx] = self.vocab[pair[0]] + self.vocab[pair[1]]

    def decode(self, ids):
        return b"".join(self.vocab[i] for i in ids).decode("utf-8", errors="replace")
