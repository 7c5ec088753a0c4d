"""WordPiece written straight from the statement, on short texts full of the characters that trip tokenizers up:
controls that look like spaces, format characters, accents precomposed and combining, final sigma, ideographs,
kana with voicing marks, Hangul, ASCII symbols that count as punctuation and symbols that do not."""

import string
import unicodedata

TEXT_CHARS = 6 * ["a", "b", "e", " "] + [
    "A", "B", "e", "é", "e\u0301", "É", "Σ", "ς", "\u0301", "\ufe0f",
    "\x00", "\x0c", "\x1c", "\x85", "\x7f", "\u200b", "\xad", "\ufeff", "\ue000", "\ufffd",
    " ", " ", "\t", "\n", "\xa0", "\u3000", "\u2028",
    ".", "'", "$", "^", "~", "«", "，", "…", "€", "♥",
    "我", "爱", "\uf900", "\U00020000", "は", "ご", "한", "\u0915\u094d",
]
TOKEN_CHARS = 6 * ["a", "b", "e"] + ["A", "é", "σ", "ς", ".", "$", "€", "♥", "我", "\u8c48", "は", "こ", "ご", "\u1112",
               "\u1161", "\u11ab", "한", "\u0301", "\u0915"]
IDEOGRAPHS = [(0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
              (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]


def inputs(rng):
    while True:
        text = "".join(rng.choice(TEXT_CHARS) for _ in range(rng.randint(0, 16)))
        unk = rng.choice(["[UNK]", "<unk>"])
        tokens = {unk, *rng.sample(["a", "b", "e", "##a", "##b", "##e"], rng.randint(0, 6))}
        for _ in range(rng.randint(0, 20)):
            token = "".join(rng.choice(TOKEN_CHARS) for _ in range(rng.randint(1, 3)))
            tokens.add(token if rng.random() < 0.5 else "##" + token)
        order = sorted(tokens)
        rng.shuffle(order)
        given = {"text": text, "vocab": {token: i for i, token in enumerate(order)}}
        if unk != "[UNK]" or rng.random() < 0.3:
            given["unk_token"] = unk
        if rng.random() < 0.5:
            given["max_input_chars_per_word"] = rng.randint(1, 6)
        if rng.random() < 0.6:
            given["lowercase"] = rng.random() < 0.5
        yield given


def solve(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    # 1. normalize
    cleaned = ""
    for c in text:
        category = unicodedata.category(c)
        if c in "\t\n\r" or category in ("Zs", "Zl", "Zp"):
            cleaned += " "
        elif c in ("\x00", "\ufffd") or category in ("Cc", "Cf", "Co"):
            pass
        elif any(chr(lo) <= c <= chr(hi) for lo, hi in IDEOGRAPHS):
            cleaned += " " + c + " "
        else:
            cleaned += c
    if lowercase:
        decomposed = unicodedata.normalize("NFD", cleaned)
        cleaned = "".join(c.lower() for c in decomposed if unicodedata.category(c) != "Mn")
    # 2. words: pad every punctuation character with spaces, then split on spaces
    padded = ""
    for c in cleaned:
        if c in string.punctuation or unicodedata.category(c).startswith("P"):
            padded += " " + c + " "
        else:
            padded += c
    words = [w for w in padded.split(" ") if w]
    # 3. greedy longest match, every candidate piece tried from the longest down
    out = []
    for word in words:
        if len(word) > max_input_chars_per_word:
            out.append(unk_token)
            continue
        pieces, start = [], 0
        while start < len(word):
            prefix = "##" if start else ""
            candidates = [prefix + word[start:end] for end in range(start + 1, len(word) + 1)]
            found = [piece for piece in candidates if piece in vocab]
            if not found:
                pieces = [unk_token]
                break
            best = max(found, key=len)
            pieces.append(best)
            start += len(best) - len(prefix)
        out += pieces
    return out
