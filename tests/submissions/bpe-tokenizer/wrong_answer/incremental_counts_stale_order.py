# Updates the pair counts incrementally (right counts), but a dict keeps each pair where it was first inserted:
# pairs created by a merge go to the end, so ties go to an old pair even when a new one occurs earlier.
class BPETokenizer:
    def __init__(self):
        self.merges = {}
        self.vocab = {i: bytes([i]) for i in range(256)}

    def train(self, text, vocab_size):
        ids = list(text.encode("utf-8"))
        counts = {}
        for pair in zip(ids, ids[1:]):
            counts[pair] = counts.get(pair, 0) + 1

        def bump(pair, delta):
            counts[pair] = counts.get(pair, 0) + delta

        for new in range(256, vocab_size):
            if not counts or max(counts.values()) <= 0:
                break
            a, b = pair = max(counts, key=counts.get)
            out, i, n, merged_prev = [], 0, len(ids), False
            while i < n:
                if i + 1 < n and ids[i] == a and ids[i + 1] == b:
                    bump(pair, -1)
                    if out:
                        if merged_prev:  # the left neighbour was merged just now: (new, a) was counted
                            bump((new, a), -1)
                            bump((new, new), 1)
                        else:
                            bump((out[-1], a), -1)
                            bump((out[-1], new), 1)
                    if i + 2 < n:
                        bump((b, ids[i + 2]), -1)
                        bump((new, ids[i + 2]), 1)
                    out.append(new)
                    merged_prev = True
                    i += 2
                else:
                    out.append(ids[i])
                    merged_prev = False
                    i += 1
            ids = out
            self.merges[pair] = new
            self.vocab[new] = self.vocab[a] + self.vocab[b]

    def encode(self, text):
        ids = list(text.encode("utf-8"))
        for (a, b), new in self.merges.items():
            out, i = [], 0
            while i < len(ids):
                if i + 1 < len(ids) and ids[i] == a and ids[i + 1] == b:
                    out.append(new)
                    i += 2
                else:
                    out.append(ids[i])
                    i += 1
            ids = out
        return ids

    def decode(self, ids):
        return b"".join(self.vocab[i] for i in ids).decode("utf-8", errors="replace")
