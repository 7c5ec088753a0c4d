# Wrong: checks the length limit on the raw whitespace-separated chunk, before accents are stripped and
# punctuation is split off ("a"*100 + "." is one 101-character chunk, but its word has 100 characters).
import unicodedata

CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
       (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


def normalize(chunk, lowercase):
    out = ""
    for ch in chunk:
        if ch == "\x00" or ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cf", "Co"):
            continue
        out += f" {ch} " if any(lo <= ord(ch) <= hi for lo, hi in CJK) else ch
    if lowercase:
        out = "".join(c.lower() for c in unicodedata.normalize("NFD", out) if unicodedata.category(c) != "Mn")
    return out


def is_punct(ch):
    o = ord(ch)
    return 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126 or unicodedata.category(ch)[0] == "P"


def greedy(word, vocab, unk_token):
    pieces, start = [], 0
    while start < len(word):
        for end in range(len(word), start, -1):
            piece = ("##" if start else "") + word[start:end]
            if piece in vocab:
                pieces.append(piece)
                start = end
                break
        else:
            return [unk_token]
    return pieces


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    spaced = "".join(" " if c in "\t\n\r" or unicodedata.category(c) in ("Zs", "Zl", "Zp") else c for c in text)
    tokens = []
    for chunk in spaced.split(" "):
        if not chunk:
            continue
        if len(chunk) > max_input_chars_per_word:
            tokens.append(unk_token)
            continue
        for part in normalize(chunk, lowercase).split(" "):
            word = ""
            for ch in part:
                if is_punct(ch):
                    if word:
                        tokens += greedy(word, vocab, unk_token)
                    tokens += greedy(ch, vocab, unk_token)
                    word = ""
                else:
                    word += ch
            if word:
                tokens += greedy(word, vocab, unk_token)
    return tokens
