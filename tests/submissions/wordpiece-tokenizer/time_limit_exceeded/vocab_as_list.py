# Too slow: keeps the vocabulary as a list, so every candidate piece is a linear search over 3 x 10^4 tokens.
import unicodedata


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    tokens_list = list(vocab.keys())
    out = ""
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\t\n\r" or cat in ("Zs", "Zl", "Zp"):
            out += " "
        elif ch == "\x00" or ch == "\ufffd" or cat in ("Cc", "Cf", "Co"):
            continue
        elif (0x4E00 <= ord(ch) <= 0x9FFF or 0x3400 <= ord(ch) <= 0x4DBF or 0x20000 <= ord(ch) <= 0x2A6DF
              or 0x2A700 <= ord(ch) <= 0x2B73F or 0x2B740 <= ord(ch) <= 0x2B81F or 0x2B920 <= ord(ch) <= 0x2CEAF
              or 0xF900 <= ord(ch) <= 0xFAFF or 0x2F800 <= ord(ch) <= 0x2FA1F):
            out += " " + ch + " "
        else:
            out += ch
    if lowercase:
        out = "".join(c.lower() for c in unicodedata.normalize("NFD", out) if unicodedata.category(c) != "Mn")
    words = []
    for chunk in out.split(" "):
        cur = ""
        for ch in chunk:
            o = ord(ch)
            if 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126 or unicodedata.category(ch)[0] == "P":
                if cur:
                    words.append(cur)
                words.append(ch)
                cur = ""
            else:
                cur += ch
        if cur:
            words.append(cur)
    result = []
    for word in words:
        if len(word) > max_input_chars_per_word:
            result.append(unk_token)
            continue
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in tokens_list:
                    break
                end -= 1
            if end == start:
                pieces = [unk_token]
                break
            pieces.append(piece)
            start = end
        result.extend(pieces)
    return result
