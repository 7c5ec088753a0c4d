"""Hidden tests for fmm_segment: where forward and backward matching differ, max_len, words of more than four
characters, unknown characters (Latin, digits, punctuation, spaces, emoji) emitted one by one, empty inputs, and
10^5-character texts with 10^4-word lexicons."""

from harness.catalogue.cases import Case

MAX_TEXT = 10**5
MAX_WORDS = 10**4
MAX_WORD = 20
UNKNOWN = "ABCxyz0123456789 ,.!?;:'\"()-—，。！？、…🙂🎉\t\n"


def hidden_cases(rng):
    lexicon = ["研究", "研究生", "生命", "命", "的", "起源"]
    yield case("研究生命的起源", lexicon, None, ["研究生", "命", "的", "起源"],
               "forward, not backward (研究/生命/的/起源), and 研究生 is the longest at 0")
    yield case("研究生命的起源", lexicon, 2, ["研究", "生命", "的", "起源"], "max_len = 2 rules out 研究生")
    yield case("研究生命的起源", lexicon, 1, list("研究生命的起源"), "max_len = 1: every character alone")
    yield case("研究生命的起源", lexicon, 20, ["研究生", "命", "的", "起源"], "max_len above the longest word")
    yield case("他说的确实在理", ["的确", "确实", "实在", "在理", "他", "说"], None, ["他", "说", "的确", "实在", "理"],
               "greedy from the left: 的确 then 实在, and 理 alone (backward gives 的/确实/在理)")
    yield case("南京市长江大桥", ["南京", "南京市", "市长", "长江", "大桥", "江"], None, ["南京市", "长江", "大桥"],
               "南京市 beats 南京 even though 市长 is a word")
    yield case("中华人民共和国成立了", ["中华", "人民", "共和国", "中华人民共和国", "成立"], None,
               ["中华人民共和国", "成立", "了"], "a seven-character word: the default max_len is the longest word")
    yield case("我们学习自然语言处理", ["我们", "学习", "自然", "自然语言", "语言", "处理"], None,
               ["我们", "学习", "自然语言", "处理"], "a word that ends exactly at the end of the text")
    yield case("我爱NLP！", ["我", "爱"], None, ["我", "爱", "N", "L", "P", "！"],
               "unknown characters, each alone, never grouped or dropped")
    yield case("hello world, 你好", ["hello", "world", "你好"], None, ["hello", " ", "world", ",", " ", "你好"],
               "spaces and punctuation are characters like any other")
    yield case("Hello hello", ["hello"], None, ["H", "e", "l", "l", "o", " ", "hello"],
               "matching is exact: no lower-casing")
    yield case("cafe\u0301 café", ["caf\u00e9"], None, ["c", "a", "f", "e", "\u0301", " ", "caf\u00e9"],
               "no Unicode normalization: a decomposed é does not match the composed one")
    yield case("🙂好的🙂", ["好的"], None, ["🙂", "好的", "🙂"], "characters outside the BMP")
    yield case("", ["研究"], None, [], "empty text")
    yield case("", [], None, [], "empty text and empty lexicon")
    yield case("自然语言", [], None, ["自", "然", "语", "言"], "empty lexicon, max_len left out")
    yield case("自然语言", [], 3, ["自", "然", "语", "言"], "empty lexicon, max_len given")
    yield case("北京大学", ["北京", "北京", "北京大学生", "大"], None, ["北京", "大", "学"],
               "duplicates, and a word longer than what is left of the text")
    yield case("abcab", ["ab", "abc", "cab", "a"], 2, ["ab", "c", "ab"],
               "max_len = 2 with longer words that would match")
    yield case("北京欢迎你", ["北京", "欢迎"], None, ["北京", "欢迎", "你"], "max_len given as null means the default",
               explicit_none=True)
    for _ in range(6):
        yield small_random(rng)
    yield big(rng, None, 0.1, "max: text 10^5, lexicon 10^4 words up to 20 characters, default max_len")
    yield big(rng, 3, 0.1, "max: text 10^5, lexicon 10^4, max_len = 3")
    yield big(rng, None, 1.0, "max: text 10^5 of unknown characters only, lexicon 10^4")
    yield case("a" * MAX_TEXT, ["a" * k for k in range(1, MAX_WORD + 1)], None,
               ["a" * MAX_WORD] * (MAX_TEXT // MAX_WORD), "max: 10^5 a's, words a to a*20: every token is 20 long")
    yield case("a" * (MAX_TEXT - 1) + "b", ["a" * (MAX_WORD - 1) + "b", "a" * 9 + "b"], None,
               ["a"] * (MAX_TEXT - MAX_WORD) + ["a" * (MAX_WORD - 1) + "b"],
               "max: 10^5 characters, every position almost matches a 20-character word")


SIZES = (6250, 12_500, 25_000, 50_000, 100_000)  # for `compare`: characters of text; the lexicon has n/10 words


def sized_input(rng, n):
    """n characters of words and unknown characters, n/10 words in the lexicon, the default max_len (20)."""
    lexicon, pool = chinese_lexicon(rng, n // 10)
    return {"text": words_and_unknowns(rng, lexicon, pool, 0.1, n), "lexicon": lexicon}


def case(text, lexicon, max_len, expected, note, explicit_none=False):
    given = {"text": text, "lexicon": lexicon}
    if max_len is not None or explicit_none:
        given["max_len"] = max_len
    return Case(given, expected, note)


def small_random(rng):
    """A short text over three letters and a lexicon of short words: many overlapping candidates."""
    letters = rng.choice(["ab", "abc", "甲乙丙"])
    lexicon = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(0, 8))]
    text = "".join(rng.choice(letters + "x ") for _ in range(rng.randint(0, 40)))
    given = {"text": text, "lexicon": lexicon}
    if rng.random() < 0.5:
        given["max_len"] = rng.randint(1, 6)
    return Case(given, note=f"random: {len(text)} characters over {letters!r}, {len(lexicon)} words")


def chinese_lexicon(rng, count=MAX_WORDS):
    """`count` distinct words of CJK characters: many extend another word, so longest matches matter."""
    pool = [chr(c) for c in rng.sample(range(0x4E00, 0x9FA5), 800)]
    words, seen = [], set()
    while len(words) < count:
        if words and rng.random() < 0.35:
            word = rng.choice(words) + "".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))
        else:
            word = "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2, 2, 3, 3, 4))))
        if len(word) <= MAX_WORD and word not in seen:
            seen.add(word)
            words.append(word)
    words[rng.randrange(count)] = "".join(rng.choice(pool) for _ in range(MAX_WORD))  # the longest: 20
    return words, pool


def big(rng, max_len, unknown_share, note):
    lexicon, pool = chinese_lexicon(rng)
    given = {"text": words_and_unknowns(rng, lexicon, pool, unknown_share, MAX_TEXT), "lexicon": lexicon}
    if max_len is not None:
        given["max_len"] = max_len
    return Case(given, note=note)


def words_and_unknowns(rng, lexicon, pool, unknown_share, n):
    """n characters: lexicon words, single pool characters (a fifth of the rest) and unknown characters."""
    pieces, size = [], 0
    while size < n:
        roll = rng.random()
        if roll < unknown_share:
            piece = rng.choice(UNKNOWN)
        elif roll < unknown_share + (1 - unknown_share) * 0.2:
            piece = rng.choice(pool)
        else:
            piece = rng.choice(lexicon)
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)[:n]


def validate(given):
    text, lexicon = given["text"], given["lexicon"]
    assert set(given) <= {"text", "lexicon", "max_len"}
    assert isinstance(text, str) and len(text) <= MAX_TEXT
    assert isinstance(lexicon, list) and len(lexicon) <= MAX_WORDS
    assert all(isinstance(w, str) and 1 <= len(w) <= MAX_WORD for w in lexicon)
    max_len = given.get("max_len")
    assert max_len is None or (type(max_len) is int and 1 <= max_len <= MAX_WORD)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in text + "".join(lexicon)), "no lone surrogates"
