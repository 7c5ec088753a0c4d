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
               "forward, not backward (研究/生命/的/起源), and 研究生 is the longest at 0",
               note_zh="正向而不是逆向（逆向得到 研究/生命/的/起源），且 研究生 是位置 0 处最长的词")
    yield case("研究生命的起源", lexicon, 2, ["研究", "生命", "的", "起源"], "max_len = 2 rules out 研究生",
               note_zh="max_len = 2 排除了 研究生")
    yield case("研究生命的起源", lexicon, 1, list("研究生命的起源"), "max_len = 1: every character alone",
               note_zh="max_len = 1：每个字符单独成词")
    yield case("研究生命的起源", lexicon, 20, ["研究生", "命", "的", "起源"], "max_len above the longest word",
               note_zh="max_len 大于最长词的长度")
    yield case("他说的确实在理", ["的确", "确实", "实在", "在理", "他", "说"], None, ["他", "说", "的确", "实在", "理"],
               "greedy from the left: 的确 then 实在, and 理 alone (backward gives 的/确实/在理)",
               note_zh="从左开始贪心：先 的确 再 实在，理 单独成词（逆向得到 的/确实/在理）")
    yield case("南京市长江大桥", ["南京", "南京市", "市长", "长江", "大桥", "江"], None, ["南京市", "长江", "大桥"],
               "南京市 beats 南京 even though 市长 is a word", note_zh="尽管 市长 也是词，南京市 仍胜过 南京")
    yield case("中华人民共和国成立了", ["中华", "人民", "共和国", "中华人民共和国", "成立"], None,
               ["中华人民共和国", "成立", "了"], "a seven-character word: the default max_len is the longest word",
               note_zh="七个字的词：max_len 默认为最长词的长度")
    yield case("我们学习自然语言处理", ["我们", "学习", "自然", "自然语言", "语言", "处理"], None,
               ["我们", "学习", "自然语言", "处理"], "a word that ends exactly at the end of the text", note_zh="恰好在文本末尾结束的词")
    yield case("我爱NLP！", ["我", "爱"], None, ["我", "爱", "N", "L", "P", "！"],
               "unknown characters, each alone, never grouped or dropped", note_zh="未登录字符各自单独输出，既不合并也不丢弃")
    yield case("hello world, 你好", ["hello", "world", "你好"], None, ["hello", " ", "world", ",", " ", "你好"],
               "spaces and punctuation are characters like any other", note_zh="空格和标点与其他字符一样处理")
    yield case("Hello hello", ["hello"], None, ["H", "e", "l", "l", "o", " ", "hello"],
               "matching is exact: no lower-casing", note_zh="精确匹配：不转小写")
    yield case("cafe\u0301 café", ["caf\u00e9"], None, ["c", "a", "f", "e", "\u0301", " ", "caf\u00e9"],
               "no Unicode normalization: a decomposed é does not match the composed one",
               note_zh="不做 Unicode 规范化：分解形式的 é 与合成形式的 é 不匹配")
    yield case("🙂好的🙂", ["好的"], None, ["🙂", "好的", "🙂"], "characters outside the BMP", note_zh="BMP 之外的字符")
    yield case("", ["研究"], None, [], "empty text", note_zh="空文本")
    yield case("", [], None, [], "empty text and empty lexicon", note_zh="空文本和空词典")
    yield case("自然语言", [], None, ["自", "然", "语", "言"], "empty lexicon, max_len left out", note_zh="空词典，不传 max_len")
    yield case("自然语言", [], 3, ["自", "然", "语", "言"], "empty lexicon, max_len given", note_zh="空词典，给出 max_len")
    yield case("北京大学", ["北京", "北京", "北京大学生", "大"], None, ["北京", "大", "学"],
               "duplicates, and a word longer than what is left of the text", note_zh="词典中有重复的词，还有比剩余文本更长的词")
    yield case("abcab", ["ab", "abc", "cab", "a"], 2, ["ab", "c", "ab"],
               "max_len = 2 with longer words that would match", note_zh="max_len = 2，而更长的词本可以匹配")
    yield case("北京欢迎你", ["北京", "欢迎"], None, ["北京", "欢迎", "你"], "max_len given as null means the default",
               explicit_none=True, note_zh="max_len 给出为 null 表示取默认值")
    for _ in range(6):
        yield small_random(rng)
    yield big(rng, None, 0.1, "max: text 10^5, lexicon 10^4 words up to 20 characters, default max_len",
              note_zh="最大：文本 10^5，词典 10^4 个词、最长 20 个字符，默认 max_len")
    yield big(rng, 3, 0.1, "max: text 10^5, lexicon 10^4, max_len = 3", note_zh="最大：文本 10^5，词典 10^4，max_len = 3")
    yield big(rng, None, 1.0, "max: text 10^5 of unknown characters only, lexicon 10^4",
              note_zh="最大：文本 10^5，全是未登录字符，词典 10^4")
    yield case("a" * MAX_TEXT, ["a" * k for k in range(1, MAX_WORD + 1)], None,
               ["a" * MAX_WORD] * (MAX_TEXT // MAX_WORD), "max: 10^5 a's, words a to a*20: every token is 20 long",
               note_zh="最大：10^5 个 a，词为 a 到 a*20：每个 token 长 20")
    yield case("a" * (MAX_TEXT - 1) + "b", ["a" * (MAX_WORD - 1) + "b", "a" * 9 + "b"], None,
               ["a"] * (MAX_TEXT - MAX_WORD) + ["a" * (MAX_WORD - 1) + "b"],
               "max: 10^5 characters, every position almost matches a 20-character word",
               note_zh="最大：10^5 个字符，每个位置都几乎能匹配一个 20 个字符的词")


SIZES = (6250, 12_500, 25_000, 50_000, 100_000)  # for `compare`: characters of text; the lexicon has n/10 words


def sized_input(rng, n):
    """n characters of words and unknown characters, n/10 words in the lexicon, the default max_len (20)."""
    lexicon, pool = chinese_lexicon(rng, n // 10)
    return {"text": words_and_unknowns(rng, lexicon, pool, 0.1, n), "lexicon": lexicon}


def case(text, lexicon, max_len, expected, note, note_zh, explicit_none=False):
    given = {"text": text, "lexicon": lexicon}
    if max_len is not None or explicit_none:
        given["max_len"] = max_len
    return Case(given, expected, note, note_zh=note_zh)


def small_random(rng):
    """A short text over three letters and a lexicon of short words: many overlapping candidates."""
    letters = rng.choice(["ab", "abc", "甲乙丙"])
    lexicon = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(0, 8))]
    text = "".join(rng.choice(letters + "x ") for _ in range(rng.randint(0, 40)))
    given = {"text": text, "lexicon": lexicon}
    if rng.random() < 0.5:
        given["max_len"] = rng.randint(1, 6)
    return Case(given, note=f"random: {len(text)} characters over {letters!r}, {len(lexicon)} words",
                note_zh=f"随机：由 {letters!r} 组成的 {len(text)} 个字符，{len(lexicon)} 个词")


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


def big(rng, max_len, unknown_share, note, note_zh):
    lexicon, pool = chinese_lexicon(rng)
    given = {"text": words_and_unknowns(rng, lexicon, pool, unknown_share, MAX_TEXT), "lexicon": lexicon}
    if max_len is not None:
        given["max_len"] = max_len
    return Case(given, note=note, note_zh=note_zh)


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
