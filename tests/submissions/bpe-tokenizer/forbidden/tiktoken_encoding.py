# Forbidden: OpenAI's tiktoken (forbidden even where it is not installed: the import is refused first).
import tiktoken


class BPETokenizer:
    def __init__(self):
        self.encoding = tiktoken.get_encoding("gpt2")
        self.merges, self.vocab = {}, {}

    def train(self, text, vocab_size):
        pass

    def encode(self, text):
        return self.encoding.encode(text)

    def decode(self, ids):
        return self.encoding.decode(ids)
