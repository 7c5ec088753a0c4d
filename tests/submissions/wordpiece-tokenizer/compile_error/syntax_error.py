# Compile error: a missing colon after the while condition.
def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    tokens, start = [], 0
    while start < len(text)
        start += 1
    return tokens
