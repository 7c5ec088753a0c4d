# Wrong: lower-cases but never strips accents (no NFD, no Mn removal).
import unicodedata


def _is_chinese(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B920 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    out = ""
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\t\n\r" or cat in ("Zs", "Zl", "Zp"):
            out += " "
        elif ch == "\x00" or ch == "\ufffd" or cat in ("Cc", "Cf", "Co"):
            continue
        elif _is_chinese(ord(ch)):
            out += " " + ch + " "
        else:
            out += ch
    if lowercase:
        out = "".join(ch.lower() for ch in out)

    words = []
    for chunk in out.split(" "):
        current = ""
        for ch in chunk:
            if _is_punct(ch):
                if current:
                    words.append(current)
                words.append(ch)
                current = ""
            else:
                current += ch
        if current:
            words.append(current)

    tokens = []
    for word in words:
        if len(word) > max_input_chars_per_word:
            tokens.append(unk_token)
            continue
        sub_tokens = []
        start = 0
        is_bad = False
        while start < len(word):
            end = len(word)
            cur = None
            while start < end:
                substr = word[start:end]
                if start > 0:
                    substr = "##" + substr
                if substr in vocab:
                    cur = substr
                    break
                end -= 1
            if cur is None:
                is_bad = True
                break
            sub_tokens.append(cur)
            start = end
        if is_bad:
            tokens.append(unk_token)
        else:
            tokens.extend(sub_tokens)
    return tokens
