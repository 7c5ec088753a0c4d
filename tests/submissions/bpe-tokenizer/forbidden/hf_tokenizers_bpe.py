# Forbidden: trains HuggingFace tokenizers' byte-level BPE instead of writing the merges, imported when used.


class BPETokenizer:
    def __init__(self):
        self.merges, self.vocab = {}, {i: bytes([i]) for i in range(256)}

    def train(self, text, vocab_size):
        from tokenizers import ByteLevelBPETokenizer

        self._hf = ByteLevelBPETokenizer()
        self._hf.train_from_iterator([text], vocab_size=vocab_size)

    def encode(self, text):
        return self._hf.encode(text).ids

    def decode(self, ids):
        return self._hf.decode(ids)
