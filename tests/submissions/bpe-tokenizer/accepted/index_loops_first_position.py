# The slowest plain approach: index loops everywhere, ties broken by an explicit first-position table, and
# encode scanning every position for the lowest-ranked pair before each merge.
class BPETokenizer:
    def __init__(self):
        self.merges = {}
        self.vocab = {}
        for b in range(256):
            self.vocab[b] = bytes([b])

    def _replace(self, ids, a, b, new):
        result = []
        i = 0
        n = len(ids)
        while i < n:
            if i + 1 < n and ids[i] == a and ids[i + 1] == b:
                result.append(new)
                i = i + 2
            else:
                result.append(ids[i])
                i = i + 1
        return result

    def train(self, text, vocab_size):
        ids = list(text.encode("utf-8"))
        new = 256
        while new < vocab_size and len(ids) >= 2:
            count, first = {}, {}
            for i in range(len(ids) - 1):
                pair = (ids[i], ids[i + 1])
                if pair not in count:
                    count[pair] = 0
                    first[pair] = i
                count[pair] = count[pair] + 1
            best = None
            for pair in count:
                if best is None or (count[pair], -first[pair]) > (count[best], -first[best]):
                    best = pair
            ids = self._replace(ids, best[0], best[1], new)
            self.merges[best] = new
            self.vocab[new] = self.vocab[best[0]] + self.vocab[best[1]]
            new = new + 1

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        while True:
            best = None
            for i in range(len(ids) - 1):
                rank = self.merges.get((ids[i], ids[i + 1]))
                if rank is not None and (best is None or rank < best):
                    best = rank
            if best is None:
                return ids
            pair = [p for p in self.merges if self.merges[p] == best][0]
            ids = self._replace(ids, pair[0], pair[1], best)

    def decode(self, ids):
        data = b""
        for i in ids:
            data = data + self.vocab[i]
        return data.decode("utf-8", errors="replace")
