class BPETokenizer:
    def __init__(self):
        self.merges: Dict[Tuple[int, int], int] = {}  # (id, id) -> new id, in training order
        self.vocab: Dict[int, bytes] = {}  # id -> the bytes it stands for
        raise NotImplementedError("write your solution to bpe-tokenizer here, then run `shousi run bpe-tokenizer`")

    def train(self, text: str, vocab_size: int) -> None:
        pass

    def encode(self, text: str) -> List[int]:
        pass

    def decode(self, ids: List[int]) -> str:
        pass
