# Counts each pair by scanning the whole sequence for it: O(n^2) work per merge, hopeless on 2*10^4 bytes.
class BPETokenizer:
    def __init__(self):
        self.merges = {}
        self.vocab = {i: bytes([i]) for i in range(256)}

    @staticmethod
    def _count(ids, pair):
        return sum(1 for j in range(len(ids) - 1) if ids[j] == pair[0] and ids[j + 1] == pair[1])

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

    def train(self, text, vocab_size):
        ids = list(text.encode("utf-8"))
        for idx in range(256, vocab_size):
            if len(ids) < 2:
                break
            best, best_count = None, 0
            for i in range(len(ids) - 1):  # pairs in order of position: the earliest wins a tie
                pair = (ids[i], ids[i + 1])
                count = self._count(ids, pair)
                if count > best_count:
                    best, best_count = pair, count
            ids = self._merge(ids, best, idx)
            self.merges[best] = idx
            self.vocab[idx] = self.vocab[best[0]] + self.vocab[best[1]]

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        for pair, idx in self.merges.items():
            ids = self._merge(ids, pair, idx)
        return ids

    def decode(self, ids):
        return b"".join(self.vocab[i] for i in ids).decode("utf-8", errors="replace")
