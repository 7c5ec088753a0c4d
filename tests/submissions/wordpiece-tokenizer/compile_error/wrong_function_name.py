# Compile error: defines tokenize() instead of wordpiece_tokenize(), so there is no entry point.
def tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    return [unk_token] if text.strip() else []
