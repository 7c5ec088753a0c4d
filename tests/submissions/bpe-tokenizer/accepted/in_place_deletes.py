# Merges in place, left to right, deleting the second id of each occurrence (O(n) per delete, still fast enough);
# the tie rule comes from max() over a dict filled in order of first occurrence.
class BPETokenizer:
    def __init__(self):
        self.merges: dict[tuple[int, int], int] = {}
        self.vocab: dict[int, bytes] = {i: bytes([i]) for i in range(256)}

    @staticmethod
    def _merge_in_place(ids: list[int], pair: tuple[int, int], new_id: int) -> None:
        i = 0
        while i < len(ids) - 1:
            if ids[i] == pair[0] and ids[i + 1] == pair[1]:
                ids[i] = new_id
                del ids[i + 1]
            i += 1

    def train(self, text: str, vocab_size: int) -> None:
        ids = list(text.encode())
        for new_id in range(256, vocab_size):
            counts: dict[tuple[int, int], int] = {}
            for pair in zip(ids, ids[1:]):
                counts[pair] = counts.get(pair, 0) + 1
            if not counts:
                return
            top = max(counts.values())
            pair = next(p for p, c in counts.items() if c == top)
            self._merge_in_place(ids, pair, new_id)
            self.merges[pair] = new_id
            self.vocab[new_id] = self.vocab[pair[0]] + self.vocab[pair[1]]

    def encode(self, text: str) -> list[int]:
        ids = list(text.encode())
        while len(ids) > 1:
            present = {p for p in zip(ids, ids[1:]) if p in self.merges}
            if not present:
                break
            pair = min(present, key=self.merges.__getitem__)
            self._merge_in_place(ids, pair, self.merges[pair])
        return ids

    def decode(self, ids: list[int]) -> str:
        return bytes(b for i in ids for b in self.vocab[i]).decode("utf-8", "replace")
