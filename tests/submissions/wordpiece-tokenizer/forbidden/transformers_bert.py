# Forbidden: transformers' BertTokenizer (forbidden even where transformers is not installed: the import is
# refused before it is looked for).
from transformers import BertTokenizer


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    tokenizer = BertTokenizer(vocab_file=None, do_lower_case=lowercase, unk_token=unk_token)
    return tokenizer.tokenize(text)
