# Runtime error: strips accents by encoding the NFD text to ASCII (strict), which raises on 我 and every other
# non-Latin character.
import re
import unicodedata


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    if lowercase:
        text = unicodedata.normalize("NFD", text).encode("ascii").decode("ascii").lower()
    tokens = []
    for word in re.findall(r"\w+|[^\w\s]", text):
        if len(word) > max_input_chars_per_word:
            tokens.append(unk_token)
            continue
        pieces, start = [], 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = ("##" if start else "") + word[start:end]
                if piece in vocab:
                    pieces.append(piece)
                    start = end
                    break
            else:
                pieces = [unk_token]
                break
        tokens += pieces
    return tokens
