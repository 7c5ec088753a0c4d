# Forbidden: HuggingFace tokenizers' BertNormalizer + BertPreTokenizer + WordPiece, the pipeline this problem
# asks you to write.
from tokenizers import Tokenizer, normalizers, pre_tokenizers
from tokenizers.models import WordPiece


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    tokenizer = Tokenizer(WordPiece(vocab, unk_token=unk_token, max_input_chars_per_word=max_input_chars_per_word))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=lowercase)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    return tokenizer.encode(text, add_special_tokens=False).tokens
