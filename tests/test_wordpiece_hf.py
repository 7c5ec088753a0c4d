"""wordpiece-tokenizer agrees with HuggingFace `tokenizers` itself: BertNormalizer(clean_text=True,
handle_chinese_chars=True, strip_accents=None, lowercase=...) + BertPreTokenizer + WordPiece, on every example
and hidden case (pinned answers included), on every character the constraints allow, and on random texts mixing
controls, format characters, combining marks, ideographs, punctuation and spaces.

`tokenizers` is an optional test dependency (pip install tokenizers); without it these tests are skipped.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

tokenizers = pytest.importorskip("tokenizers")

from harness import catalogue  # noqa: E402
from harness import loader  # noqa: E402
from harness.catalogue.cases import MISSING  # noqa: E402

PROBLEM_ID = "wordpiece-tokenizer"


def load(path, name):
    return loader.load(name, path)


@pytest.fixture(scope="module")
def problem():
    return catalogue.resolve(PROBLEM_ID)


@pytest.fixture(scope="module")
def reference(problem):
    return load(problem.reference, "wordpiece_reference").wordpiece_tokenize


@pytest.fixture(scope="module")
def cases(problem):
    return load(problem.folder / "cases.py", "wordpiece_cases")


def normalizer(lowercase: bool):
    return tokenizers.normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=lowercase)


def huggingface(text, vocab, unk_token="[UNK]", max_input_chars_per_word=100, lowercase=True):
    model = tokenizers.models.WordPiece(
        vocab=dict(vocab), unk_token=unk_token, max_input_chars_per_word=max_input_chars_per_word)
    tokenizer = tokenizers.Tokenizer(model)
    tokenizer.normalizer = normalizer(lowercase)
    tokenizer.pre_tokenizer = tokenizers.pre_tokenizers.BertPreTokenizer()
    return tokenizer.encode(text, add_special_tokens=False).tokens


def describe(given: dict) -> str:
    shown = {k: (v if k != "vocab" or len(v) <= 20 else f"<{len(v)} tokens>") for k, v in given.items()}
    if len(given["text"]) > 200:
        shown["text"] = given["text"][:200] + "..."
    return repr(shown)


def test_every_example_and_hidden_case(problem, reference):
    for case in problem.examples + problem.hidden_cases():
        want = huggingface(**case.input)
        if case.expected is not MISSING:
            assert case.expected == want, f"{case.name} ({case.note}): pinned {case.expected}, HuggingFace {want}"
        got = reference(**case.input)
        assert got == want, f"{case.name} ({case.note}): reference {got}, HuggingFace {want}"


def test_strip_accents_none_follows_lowercase(cases):
    """The behaviour the statement describes: strip_accents=None strips accents exactly when lowercasing."""
    text = "".join(cases.allowed_characters())
    for lowercase in (True, False):
        explicit = tokenizers.normalizers.BertNormalizer(
            clean_text=True, handle_chinese_chars=True, strip_accents=lowercase, lowercase=lowercase)
        assert normalizer(lowercase).normalize_str(text) == explicit.normalize_str(text)


@pytest.mark.parametrize("lowercase", [True, False])
def test_every_allowed_character(reference, cases, lowercase):
    """Each allowed character between two letters, with a vocabulary of every single character and its ## form:
    the tokens then spell out exactly how the character was normalized and where the words were split."""
    characters = cases.allowed_characters()
    for start in range(0, len(characters), 2000):
        text = " ".join("a" + c + "b" for c in characters[start:start + 2000])
        seen = set(normalizer(lowercase).normalize_str(text)) | set(text) | {"a", "b"}
        vocab = {"[UNK]": 0}
        for c in sorted(seen):
            vocab.setdefault(c, len(vocab))
            vocab.setdefault("##" + c, len(vocab))
        want = huggingface(text, vocab, lowercase=lowercase)
        got = reference(text, vocab, lowercase=lowercase)
        if got != want:
            first = next(i for i, (g, w) in enumerate(zip(got + [None] * len(want), want)) if g != w)
            pytest.fail(f"characters from U+{ord(characters[start]):04X}: token {first}: reference "
                        f"{got[first - 3:first + 3]}, HuggingFace {want[first - 3:first + 3]}")


def character_pools(cases) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {}
    for c in cases.allowed_characters():
        category = unicodedata.category(c)
        if 0x4E00 <= ord(c) <= 0x9FFF or 0x3400 <= ord(c) <= 0x4DBF or ord(c) >= 0x20000 and category == "Lo":
            kind = "ideograph"
        elif category in ("Cc", "Cf", "Co"):
            kind = category
        elif c.isascii() and not c.isalnum() and c.isprintable() and c != " ":
            kind = "ascii punctuation"
        else:
            kind = category[0]  # L letters, M marks, N numbers, P punctuation, S symbols, Z spaces
        pools.setdefault(kind, []).append(c)
    pools["latin"] = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") + list("éèçñöÉÀÇ")
    pools["whitespace"] = list(" \t\n\r\u00a0\u3000\u2028\u2029")
    return pools


def random_case(rng, pools) -> dict:
    kinds = sorted(pools)
    text = "".join(rng.choice(pools[rng.choice(kinds + ["latin"] * 6)]) for _ in range(rng.randint(0, 60)))
    lowercase = rng.random() < 0.6
    normalized = normalizer(lowercase).normalize_str(text)
    unk = rng.choice(["[UNK]", "<unk>"])
    tokens = {unk}
    for _ in range(rng.randint(0, 40)):  # pieces of the normalized text, so that many of them match
        if normalized:
            i = rng.randrange(len(normalized))
            piece = normalized[i:i + rng.randint(1, 4)].strip()
            if piece:
                tokens.add(piece if rng.random() < 0.5 else "##" + piece)
    for c in rng.sample(pools["latin"], 10):
        tokens.add(c if rng.random() < 0.5 else "##" + c)
    order = sorted(tokens)
    rng.shuffle(order)
    given = {"text": text, "vocab": {t: i for i, t in enumerate(order)}, "unk_token": unk, "lowercase": lowercase}
    if rng.random() < 0.5:
        given["max_input_chars_per_word"] = rng.randint(1, 12)
    return given


def test_random_texts(reference, cases):
    rng = random.Random(PROBLEM_ID)
    pools = character_pools(cases)
    assert {"Cc", "Cf", "Co", "M", "P", "ideograph", "ascii punctuation", "Z"} <= set(pools)
    for trial in range(1500):
        given = random_case(rng, pools)
        cases.validate(given)
        want = huggingface(**given)
        got = reference(**given)
        assert got == want, f"trial {trial}, input {describe(given)}: reference {got}, HuggingFace {want}"
