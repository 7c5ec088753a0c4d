import unicodedata

# The CJK ideograph ranges HuggingFace pads with spaces (its Extension E range starts at U+2B920, not U+2B820).
CJK_RANGES = (
    (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F), (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F),
)


def is_cjk(c: str) -> bool:
    cp = ord(c)
    return any(lo <= cp <= hi for lo, hi in CJK_RANGES)


def is_whitespace(c: str) -> bool:
    return c in "\t\n\r" or unicodedata.category(c) in ("Zs", "Zl", "Zp")


def is_dropped(c: str) -> bool:
    """NUL, U+FFFD and the control, format and private-use characters, except the three whitespace controls."""
    return c in "\x00\ufffd" or (c not in "\t\n\r" and unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs"))


def is_punctuation(c: str) -> bool:
    cp = ord(c)
    return 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126 or unicodedata.category(c)[0] == "P"


def normalize(text: str, lowercase: bool) -> str:
    """BertNormalizer: clean the text, pad CJK ideographs, and (when lowercasing) strip accents and lower-case."""
    cleaned = []
    for c in text:
        if is_dropped(c):
            continue
        if is_whitespace(c):
            cleaned.append(" ")
        elif is_cjk(c):
            cleaned.append(" " + c + " ")
        else:
            cleaned.append(c)
    text = "".join(cleaned)
    if lowercase:
        text = unicodedata.normalize("NFD", text)
        # Character by character, as Rust's char::to_lowercase: a final capital sigma becomes σ, never ς.
        text = "".join(c.lower() for c in text if unicodedata.category(c) != "Mn")
    return text


def pre_tokenize(text: str) -> list[str]:
    """BertPreTokenizer: split on spaces (all whitespace is a space by now); each punctuation character is a word."""
    words, current = [], []
    for c in text:
        if c == " " or is_punctuation(c):
            if current:
                words.append("".join(current))
                current = []
            if c != " ":
                words.append(c)
        else:
            current.append(c)
    if current:
        words.append("".join(current))
    return words


def wordpiece_tokenize(text: str, vocab: dict, unk_token: str = "[UNK]", max_input_chars_per_word: int = 100,
                       lowercase: bool = True) -> list:
    """BERT's pipeline as HuggingFace `tokenizers` runs it: normalize, pre-tokenize, then greedy longest-match-first
    WordPiece on each word, where a word with any unmatched position becomes a single unk_token."""
    longest = max(map(len, vocab), default=0)
    tokens = []
    for word in pre_tokenize(normalize(text, lowercase)):
        if len(word) > max_input_chars_per_word:
            tokens.append(unk_token)
            continue
        pieces, start = [], 0
        while start < len(word):
            end = min(len(word), start + longest)  # no vocabulary entry is longer than `longest`
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in vocab:
                    break
                end -= 1
            if end == start:
                pieces = [unk_token]
                break
            pieces.append(piece)
            start = end
        tokens.extend(pieces)
    return tokens
