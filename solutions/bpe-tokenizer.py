def pair_counts(ids: list[int]) -> dict[tuple[int, int], int]:
    """Count every adjacent pair, overlaps included; the dict keeps the pairs in order of first occurrence."""
    counts: dict[tuple[int, int], int] = {}
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids: list[int], pair: tuple[int, int], new_id: int) -> list[int]:
    """Replace every occurrence of `pair`, scanning left to right without overlap, by `new_id`."""
    merged, i, n = [], 0, len(ids)
    first, second = pair
    while i < n:
        if i + 1 < n and ids[i] == first and ids[i + 1] == second:
            merged.append(new_id)
            i += 2
        else:
            merged.append(ids[i])
            i += 1
    return merged


class BPETokenizer:
    """Byte-level BPE as Karpathy's minbpe (BasicTokenizer) does it."""

    def __init__(self):
        self.merges: dict[tuple[int, int], int] = {}
        self.vocab: dict[int, bytes] = {i: bytes([i]) for i in range(256)}

    def train(self, text: str, vocab_size: int) -> None:
        """Merge the most frequent pair (ties: the first to occur) until vocab_size or no pair is left."""
        ids = list(text.encode("utf-8"))
        self.merges = {}
        self.vocab = {i: bytes([i]) for i in range(256)}
        for new_id in range(256, vocab_size):
            counts = pair_counts(ids)
            if not counts:
                break
            pair = max(counts, key=counts.get)  # max keeps the first of equal counts: the earliest pair
            ids = merge(ids, pair, new_id)
            self.merges[pair] = new_id
            self.vocab[new_id] = self.vocab[pair[0]] + self.vocab[pair[1]]

    def encode(self, text: str) -> list[int]:
        """Apply the learned merges, always the one with the lowest id among the pairs present."""
        ids = list(text.encode("utf-8"))
        while len(ids) >= 2:
            pair = min(pair_counts(ids), key=lambda p: self.merges.get(p, float("inf")))
            if pair not in self.merges:
                break
            ids = merge(ids, pair, self.merges[pair])
        return ids

    def decode(self, ids: list[int]) -> str:
        """Join the tokens' bytes, then decode; a broken UTF-8 sequence becomes U+FFFD."""
        return b"".join(self.vocab[i] for i in ids).decode("utf-8", errors="replace")
