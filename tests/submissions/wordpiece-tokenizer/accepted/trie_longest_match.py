# Accepted: a character trie over the vocabulary (plain and ## keys in two tries) walked once per piece, plus a
# translation table for the cleaning step and a regex for the punctuation split.
import re
import string
import sys
import unicodedata

_CJK = [(0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
        (0x2B920, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]
_END = object()


def _build_trie(keys):
    root = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[_END] = key
    return root


def _longest(trie, word, start, prefix):
    node, best_end, best = trie, -1, None
    for i in range(start, len(word)):
        node = node.get(word[i])
        if node is None:
            break
        if _END in node:
            best_end, best = i + 1, prefix + word[start:i + 1]
    return best_end, best


def _clean(text):
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\t\n\r" or cat[0] == "Z":
            out.append(" ")
        elif ch in "\x00\ufffd" or cat in ("Cc", "Cf", "Co"):
            pass
        elif any(lo <= ord(ch) <= hi for lo, hi in _CJK):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    return "".join(out)


_punct_chars = set(string.punctuation)


def _split(text):
    words = []
    for chunk in text.split(" "):
        if not chunk:
            continue
        marked = "".join(f"\x00{c}\x00" if c in _punct_chars or unicodedata.category(c)[0] == "P" else c
                         for c in chunk)
        words.extend(w for w in re.split("\x00", marked) if w)
    return words


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    first = _build_trie(k for k in vocab)
    rest = _build_trie(k[2:] for k in vocab if k.startswith("##"))
    text = _clean(text)
    if lowercase:
        text = "".join(c.lower() for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    result = []
    for word in _split(text):
        if len(word) > max_input_chars_per_word:
            result.append(unk_token)
            continue
        pieces, start = [], 0
        while start < len(word):
            end, piece = _longest(first if start == 0 else rest, word, start, "" if start == 0 else "##")
            if piece is None:
                pieces = [unk_token]
                break
            pieces.append(piece)
            start = end
        result.extend(pieces)
    return result
