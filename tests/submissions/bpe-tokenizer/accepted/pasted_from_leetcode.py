# Pasted with no imports: relies on the predefined Counter, defaultdict, List, Dict, Tuple and inf.
class BPETokenizer:
    def __init__(self):
        self.merges: Dict[Tuple[int, int], int] = {}
        self.vocab: Dict[int, bytes] = {i: bytes([i]) for i in range(256)}

    def get_stats(self, ids: List[int]) -> Dict[Tuple[int, int], int]:
        counts = defaultdict(int)
        for pair in zip(ids, ids[1:]):
            counts[pair] += 1
        return counts

    def merge(self, ids: List[int], pair: Tuple[int, int], idx: int) -> List[int]:
        newids, i = [], 0
        while i < len(ids):
            if i < len(ids) - 1 and ids[i] == pair[0] and ids[i + 1] == pair[1]:
                newids.append(idx)
                i += 2
            else:
                newids.append(ids[i])
                i += 1
        return newids

    def train(self, text: str, vocab_size: int) -> None:
        ids = list(text.encode("utf-8"))
        for i in range(vocab_size - 256):
            stats = self.get_stats(ids)
            if not stats:
                break
            pair = max(stats, key=stats.get)
            idx = 256 + i
            ids = self.merge(ids, pair, idx)
            self.merges[pair] = idx
            self.vocab[idx] = self.vocab[pair[0]] + self.vocab[pair[1]]

    def encode(self, text: str) -> List[int]:
        ids = list(text.encode("utf-8"))
        while len(ids) >= 2:
            stats = Counter(zip(ids, ids[1:]))
            pair = min(stats, key=lambda p: self.merges.get(p, inf))
            if pair not in self.merges:
                break
            ids = self.merge(ids, pair, self.merges[pair])
        return ids

    def decode(self, ids: List[int]) -> str:
        return b"".join(self.vocab[idx] for idx in ids).decode("utf-8", errors="replace")
