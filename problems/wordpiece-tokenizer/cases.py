"""Hidden tests for wordpiece-tokenizer: hand-picked cases with pinned answers (each checked against HuggingFace
`tokenizers` by tests/test_wordpiece_hf.py), then seeded cases at the constraints' maxima.

Characters come from ALLOWED: code points that Unicode 8.0 (HuggingFace's character tables) and Python's
`unicodedata` classify alike, so the answer never depends on the Unicode version.
"""

from harness.catalogue.cases import Case

TEXT_MAX = 10**4
VOCAB_MAX = 3 * 10**4
TOKEN_MAX = 100
WORD_MAX = 100

ALLOWED = (
    (0x0000, 0x024F),    # ASCII with its controls, Latin-1 (C1 controls, NBSP, soft hyphen), Latin Extended A/B
    (0x0300, 0x036F),    # combining diacritical marks
    (0x0370, 0x0377), (0x037A, 0x037F), (0x0384, 0x038A), (0x038C, 0x038C), (0x038E, 0x03A1),
    (0x03A3, 0x03FF),    # Greek, with tonos and final sigma
    (0x0400, 0x04FF),    # Cyrillic
    (0x0591, 0x05C7), (0x05D0, 0x05EA),  # Hebrew points and letters
    (0x0600, 0x0605), (0x060C, 0x060C), (0x061F, 0x061F), (0x0621, 0x065F),  # Arabic
    (0x0900, 0x097F),    # Devanagari
    (0x0E01, 0x0E3A), (0x0E3F, 0x0E5B),  # Thai
    (0x1100, 0x11FF),    # Hangul jamo
    (0x2000, 0x2064), (0x2066, 0x206F),  # general punctuation, spaces, zero-width and bidi controls
    (0x20A0, 0x20BD), (0x20D0, 0x20F0),  # currency signs, combining marks for symbols
    (0x2190, 0x21FF), (0x2600, 0x26FF),  # arrows, miscellaneous symbols
    (0x3000, 0x303F), (0x3041, 0x3096), (0x3099, 0x30FF),  # CJK punctuation, kana
    (0x3400, 0x4DB5), (0x4E00, 0x9FD5),  # CJK ideographs
    (0xAC00, 0xD7A3),    # Hangul syllables
    (0xE000, 0xF8FF),    # private use
    (0xF900, 0xFA6D), (0xFA70, 0xFAD9),  # CJK compatibility ideographs
    (0xFE00, 0xFE19), (0xFE30, 0xFE52), (0xFE54, 0xFE66), (0xFE68, 0xFE6B),  # variation selectors, CJK forms
    (0xFEFF, 0xFEFF), (0xFF01, 0xFF5E), (0xFFF9, 0xFFFD),  # BOM, fullwidth ASCII, specials
    (0x1F300, 0x1F64F),  # emoji
    (0x20000, 0x2A6D6), (0x2A700, 0x2B734), (0x2B740, 0x2B81D), (0x2B920, 0x2CEA1),  # CJK extensions B-E
    (0x2F800, 0x2FA1D),  # CJK compatibility ideographs supplement
    (0xE0001, 0xE0001), (0xE0020, 0xE007F),  # tags
    (0xF0000, 0xF00FF),  # supplementary private use
)

LETTERS = "abcdefghijklmnopqrstuvwxyz"
CONTROLS = "\x00\x01\x07\x0b\x0c\x1b\x1c\x1f\x7f\x85\x9f\u00ad\u200b\u200d\u200e\u2060\ufeff\ue000\ufffd\U000e0041"
SPACES = " \t\n\r\u00a0\u2003\u3000\u2028\u2029"
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»§¶·–—‘’“”…‰、。「」『』【】，！？：；（）"
SYMBOLS = "€£¥°©®±×÷→♥☃😀🙂🌍"
ACCENTED = "éèêëàâäçñöüÉÀÇÑÖÜßøåłő"
COMBINING = "\u0300\u0301\u0308\u0327\u0331\u20dd\ufe0f"
CJK = "我爱自然语言处理模型中文东京大学" + "\u3400\U00020000\U0002b740\U0002b920\uf900\ufa70"
OTHER_SCRIPTS = "ひらがなカタカナ한국어ΑΒΓΣσςάέΩωДжЯяשלוםمرحباहिन्दीภาษาไทย"


def vocab_of(*tokens):
    return {token: i for i, token in enumerate(tokens)}


def hidden_cases(rng):
    yield from pinned_cases()
    yield from generated_cases(rng)


def pinned_cases():
    unaffable = vocab_of("[UNK]", "u", "un", "##n", "##a", "##af", "##aff", "##f", "##able", "##b", "##l", "##e")
    yield Case({"text": "UNAFFABLE", "vocab": unaffable}, ["un", "##aff", "##able"],
               "longest match first, not shortest (u ##n ##a ...)", note_zh="最长匹配优先，而不是最短（u ##n ##a ...）")
    yield Case({"text": "abc", "vocab": vocab_of("[UNK]", "ab", "a", "##bc")}, ["[UNK]"],
               "no backtracking: ab then ##c fails, a + ##bc is never tried",
               note_zh="不回溯：ab 之后 ##c 匹配失败，永远不会去试 a + ##bc")
    bad = vocab_of("[UNK]", "un", "##believ", "##ab", "##a", "good")
    yield Case({"text": "unbelievable good", "vocab": bad}, ["[UNK]", "good"],
               "a piece fails after matches: the whole word is one [UNK], the next word goes on",
               note_zh="已有片段匹配后某个片段失败：整个词是一个 [UNK]，下一个词照常处理")
    yield Case({"text": "unxable un", "vocab": vocab_of("[UNK]", "un", "##able")}, ["[UNK]", "un"],
               "a failure in the middle of a word", note_zh="在词的中间匹配失败")
    yield Case({"text": "able unable", "vocab": vocab_of("[UNK]", "##able", "un", "able")},
               ["able", "un", "##able"], "## pieces only after the first piece, plain ones only at the start",
               note_zh="## 片段只出现在第一个片段之后，普通片段只出现在词首")
    yield Case({"text": "able unable", "vocab": vocab_of("[UNK]", "##able", "un")},
               ["[UNK]", "un", "##able"], "a ## piece never starts a word", note_zh="## 片段永远不会作为词的开头")
    yield Case({"text": "unable", "vocab": vocab_of("[UNK]", "un", "able")}, ["[UNK]"],
               "a plain piece never continues a word", note_zh="普通片段永远不会用来续接")
    a = vocab_of("[UNK]", "a", "##a")
    yield Case({"text": "a" * 100, "vocab": a}, ["a"] + ["##a"] * 99, "a word of exactly 100 characters",
               note_zh="恰好 100 个字符的词")
    yield Case({"text": "a" * 101 + " a", "vocab": a}, ["[UNK]", "a"], "a word of 101 characters is [UNK]",
               note_zh="101 个字符的词是 [UNK]")
    yield Case({"text": "a" * 100 + ".", "vocab": {**a, ".": 3}}, ["a"] + ["##a"] * 99 + ["."],
               "the length is the word's, after punctuation is split off", note_zh="长度是切掉标点之后这个词的长度")
    yield Case({"text": "A" * 99 + "E\u0301", "vocab": {**a, "e": 3, "##e": 4}}, ["a"] + ["##a"] * 98 + ["##e"],
               "101 characters in, 100 after the accent is stripped: not [UNK]",
               note_zh="输入 101 个字符，去掉重音后 100 个：不是 [UNK]")
    yield Case({"text": "a" * 99 + "e\u0301", "vocab": {**a, "##e": 3, "##\u0301": 4}, "lowercase": False},
               ["[UNK]"], "lowercase = false keeps the combining accent: 101 characters",
               note_zh="lowercase = false 保留组合重音符号：101 个字符")
    hello = vocab_of("[UNK]", "hello", "hell", "##o", "world", "##s", "h")
    yield Case({"text": "hello worlds helloo", "vocab": hello, "max_input_chars_per_word": 5},
               ["hello", "[UNK]", "[UNK]"], "max_input_chars_per_word = 5: six-letter words are [UNK]",
               note_zh="max_input_chars_per_word = 5：六个字母的词是 [UNK]")
    yield Case({"text": "hello hell", "vocab": hello, "max_input_chars_per_word": 1}, ["[UNK]", "[UNK]"],
               "max_input_chars_per_word = 1", note_zh="max_input_chars_per_word = 1")
    yield Case({"text": "hello xyz", "vocab": {"<unk>": 0, "hello": 1, "[UNK]": 2}, "unk_token": "<unk>"},
               ["hello", "<unk>"], "a custom unk_token", note_zh="自定义 unk_token")
    money = vocab_of("[UNK]", "$", "$5", "5", ".", "00", "##00", "5.00")
    yield Case({"text": "$5.00", "vocab": money}, ["$", "5", ".", "00"], "$ is ASCII punctuation (category Sc)",
               note_zh="$ 是 ASCII 标点（类别为 Sc）")
    dont = vocab_of("[UNK]", "don", "'", "t", "don't", "##'", "##t")
    yield Case({"text": "don't", "vocab": dont}, ["don", "'", "t"], "the apostrophe splits the word", note_zh="撇号会把词切开")
    hw = vocab_of("[UNK]", "hello", ",", "world", "'", "s", "world's", "##s", "hello,")
    yield Case({"text": "Hello, world's", "vocab": hw}, ["hello", ",", "world", "'", "s"], "comma and apostrophe",
               note_zh="逗号和撇号")
    ascii_symbols = vocab_of("[UNK]", "a", "+", "b", "=", "c", "x", "^", "2", "<", "|", "~", "`", "##+", "##b")
    yield Case({"text": "a+b=c x^2<2|2~a`b", "vocab": ascii_symbols},
               ["a", "+", "b", "=", "c", "x", "^", "2", "<", "2", "|", "2", "~", "a", "`", "b"],
               "ASCII symbols + = ^ < | ~ ` are punctuation too", note_zh="ASCII 符号 + = ^ < | ~ ` 也是标点")
    unicode_punct = vocab_of("[UNK]", "«", "»", "¿", "¡", "…", "—", "bonjour", "que", "si", "dit", "-", "il")
    yield Case({"text": "«Bonjour»—dit-il… ¿Qué? ¡Sí!", "vocab": unicode_punct},
               ["«", "bonjour", "»", "—", "dit", "-", "il", "…", "¿", "que", "[UNK]", "¡", "si", "[UNK]"],
               "Unicode punctuation splits (? and ! are absent from this vocabulary)",
               note_zh="Unicode 标点会切分（这个词表中没有 ? 和 !）")
    euro = vocab_of("[UNK]", "€", "##5", "5", "i", "##♥", "##nlp", "♥", "nlp", "##\ufe0f")
    yield Case({"text": "€5 I♥NLP", "vocab": euro}, ["€", "##5", "i", "##♥", "##nlp"],
               "currency signs and symbols are not punctuation: they stay in the word", note_zh="货币符号和其他符号不是标点：它们留在词中")
    yield Case({"text": "I♥\ufe0fNLP", "vocab": euro, "lowercase": False}, ["[UNK]"],
               "lowercase = false keeps the variation selector (Mn) and the capitals",
               note_zh="lowercase = false 保留变体选择符（Mn）和大写字母")
    yield Case({"text": "I♥\ufe0fNLP", "vocab": euro}, ["i", "##♥", "##nlp"], "the variation selector is Mn: dropped",
               note_zh="变体选择符的类别是 Mn：被删除")
    cjk = vocab_of("[UNK]", "我", "爱", "nlp", "和", "bert", "模", "型", "##爱", "##型", "我爱", "2024", "年")
    yield Case({"text": "我爱NLP和BERT模型", "vocab": cjk}, ["我", "爱", "nlp", "和", "bert", "模", "型"],
               "CJK ideographs are words of their own, even between Latin letters", note_zh="CJK 表意文字各自成词，即使夹在拉丁字母之间")
    yield Case({"text": "2024年", "vocab": cjk}, ["2024", "年"], "digits then an ideograph", note_zh="数字后接一个表意文字")
    kana = vocab_of("[UNK]", "東", "京", "は", "##す", "##こ", "##い", "すごい", "はすごい", "、", "。")
    yield Case({"text": "東京はすごい。", "vocab": kana}, ["東", "京", "は", "##す", "##こ", "##い", "。"],
               "kana are not ideographs: はすごい stays one word; NFD strips the voicing mark of ご (Mn)",
               note_zh="假名不是表意文字：はすごい 仍是一个词；NFD 会去掉 ご 的浊音符号（Mn）")
    full = vocab_of("[UNK]", "你", "好", "，", "世", "界", "。", "ａｂｃ", "ａ", "##ｂ", "##ｃ")
    yield Case({"text": "你好，世界。ＡＢＣ", "vocab": full}, ["你", "好", "，", "世", "界", "。", "ａｂｃ"],
               "fullwidth punctuation splits; fullwidth letters lower-case and stay fullwidth",
               note_zh="全角标点会切分；全角字母转小写后仍是全角")
    ext = vocab_of("[UNK]", "\U00020000", "\U0002b740", "\u8c48", "\uf900", "x", "##\U00020000", "##\u8c48")
    yield Case({"text": "x\U00020000\U0002b740x\uf900", "vocab": ext},
               ["x", "\U00020000", "\U0002b740", "x", "\u8c48"],
               "ideographs beyond the BMP; a compatibility ideograph becomes its unified form under NFD",
               note_zh="BMP 之外的表意文字；兼容表意文字在 NFD 下变成对应的统一表意文字")
    yield Case({"text": "x\U00020000\U0002b740x\uf900", "vocab": ext, "lowercase": False},
               ["x", "\U00020000", "\U0002b740", "x", "\uf900"], "lowercase = false: no NFD",
               note_zh="lowercase = false：不做 NFD")
    words = vocab_of("[UNK]", "hello", "##world", "world", "a", "##b", "b", "co", "##oper", "##ate", "cooperate")
    yield Case({"text": "hello\x00world", "vocab": words}, ["hello", "##world"],
               "a NUL character joins its neighbours into one word", note_zh="NUL 字符会让两侧连成一个词")
    yield Case({"text": "a\x1cb a\x0bb a\x0cb a\x85b a\x1fb", "vocab": words}, ["a", "##b"] * 5,
               "\\x1c, \\x0b, \\x0c, \\x85, \\x1f are controls (not spaces) and vanish",
               note_zh="\\x1c、\\x0b、\\x0c、\\x85、\\x1f 是控制字符（不是空白），会直接消失")
    yield Case({"text": "a\u200bb hello\ufeffworld a\u00adb a\ue000b a\ufffdb a\x7fb", "vocab": words},
               ["a", "##b", "hello", "##world", "a", "##b", "a", "##b", "a", "##b", "a", "##b"],
               "zero-width space, BOM, soft hyphen, private use, U+FFFD and DEL vanish",
               note_zh="零宽空格、BOM、软连字符、私用字符、U+FFFD 和 DEL 都会消失")
    yield Case({"text": "a\u00a0b\u3000a\u2028b\u2029a\u2003b\tA\nB\rhello\r\n", "vocab": words},
               ["a", "b", "a", "b", "a", "b", "a", "b", "hello"],
               "NBSP, ideographic space, line and paragraph separators, em space, tab, CR, LF separate words",
               note_zh="NBSP、表意空格、行分隔符和段分隔符、全角空格（em space）、制表符、CR、LF 都会分隔词")
    yield Case({"text": "", "vocab": words}, [], "empty text", note_zh="空文本")
    yield Case({"text": " \t\n\u3000 ", "vocab": words}, [], "whitespace only", note_zh="只有空白字符")
    yield Case({"text": "\x00\u200b\x01\ufeff", "vocab": words}, [], "control and format characters only",
               note_zh="只有控制字符和格式字符")
    yield Case({"text": "...!?", "vocab": vocab_of("[UNK]", ".", "!")}, [".", ".", ".", "!", "[UNK]"],
               "punctuation only, each character its own word", note_zh="只有标点，每个字符各自成词")
    cafe = vocab_of("[UNK]", "cafe", "café", "Café", "creme", "Crème", "deja", "vu", "e", "##\u0301", "cafe\u0301")
    yield Case({"text": "Café Crème déjà vu", "vocab": cafe}, ["cafe", "creme", "deja", "vu"],
               "lowercase strips accents", note_zh="lowercase 会去掉重音")
    yield Case({"text": "Café Crème", "vocab": cafe, "lowercase": False}, ["Café", "Crème"],
               "lowercase = false keeps case and accents", note_zh="lowercase = false 保留大小写和重音")
    yield Case({"text": "cafe\u0301", "vocab": cafe, "lowercase": False}, ["cafe\u0301"],
               "lowercase = false does not compose a decomposed accent (no NFC, no NFD)",
               note_zh="lowercase = false 不会把分解的重音合成回去（不做 NFC，也不做 NFD）")
    yield Case({"text": "CAFÉ", "vocab": cafe, "lowercase": False}, ["[UNK]"], "lowercase = false: no lower-casing",
               note_zh="lowercase = false：不转小写")
    greek = vocab_of("[UNK]", "οδοσ", "οδος", "ΟΔΟΣ", "σοφοσ", "σοφος", "οδός")
    yield Case({"text": "ΟΔΟΣ ΣΟΦΟΣ ΟΔΌΣ Οδός", "vocab": greek}, ["οδοσ", "σοφοσ", "οδοσ", "οδος"],
               "each character lower-cased alone: a final Σ becomes σ, not ς; tonos stripped",
               note_zh="逐个字符单独转小写：词尾的 Σ 变成 σ 而不是 ς；去掉重音符（tonos）")
    korean = vocab_of("[UNK]", "한국어", "한", "##국", "##어", "\u1112", "##\u1161", "##\u11ab")
    yield Case({"text": "한국어 한", "vocab": korean, "lowercase": False}, ["한국어", "한"],
               "Hangul syllables untouched without lowercase", note_zh="不转小写时，谚文音节保持不变")
    yield Case({"text": "한국어 한", "vocab": korean}, ["[UNK]", "\u1112", "##\u1161", "##\u11ab"],
               "NFD splits Hangul syllables into jamo (the vocabulary holds 한's jamo only)",
               note_zh="NFD 把谚文音节拆成字母（jamo）：词表中只有 한 的字母")
    hindi = vocab_of("[UNK]", "हिन्दी", "हिनदी", "ที่นี่", "ทน")
    yield Case({"text": "हिन्दी ที่นี่", "vocab": hindi}, ["हिनदी", "ทน"],
               "not only Latin accents: the virama and the Thai marks (Mn) go, the vowel signs (Mc) stay",
               note_zh="不只是拉丁字母的重音：virama 和泰文符号（Mn）被删除，元音符号（Mc）保留")
    yield Case({"text": "हिन्दी ที่นี่", "vocab": hindi, "lowercase": False}, ["हिन्दी", "ที่นี่"],
               "lowercase = false keeps every mark", note_zh="lowercase = false 保留所有附加符号")
    upper = vocab_of("[UNK]", "Hello", "World", "##World", "hello", "world")
    yield Case({"text": "HelloWorld Hello world", "vocab": upper, "lowercase": False},
               ["Hello", "##World", "Hello", "world"], "case-sensitive matching", note_zh="区分大小写的匹配")
    yield Case({"text": "  Hello   World  ", "vocab": upper}, ["hello", "world"], "runs of spaces", note_zh="连续的空格")


def generated_cases(rng):
    vocab, stems, suffixes, words = synthetic_vocab(rng)
    yield Case({"text": long_words(rng, TEXT_MAX), "vocab": vocab},
               note="max: 10^4 characters, 3 x 10^4 tokens; words of 95-101 letters a, b, c (over 100: [UNK])",
               note_zh="最大：10^4 个字符，3 x 10^4 个 token；由 a、b、c 组成的 95-101 个字母的词（超过 100：[UNK]）")
    yield Case({"text": prose(rng, stems, suffixes, words, TEXT_MAX, unicode=False), "vocab": vocab},
               note="text of 10^4 characters, vocab of 3 x 10^4 tokens (max), English-like",
               note_zh="10^4 个字符的文本，3 x 10^4 个 token 的词表（最大），类英文")
    yield Case({"text": prose(rng, stems, suffixes, words, TEXT_MAX, unicode=True), "vocab": vocab},
               note="max text and vocab, mixed scripts, accents, controls, punctuation",
               note_zh="最大的文本和词表，混合多种文字、重音、控制字符和标点")
    yield Case({"text": prose(rng, stems, suffixes, words, TEXT_MAX, unicode=True), "vocab": vocab,
                "lowercase": False}, note="max text and vocab, lowercase = false", note_zh="最大的文本和词表，lowercase = false")
    yield Case({"text": prose(rng, stems, suffixes, words, TEXT_MAX, unicode=True), "vocab": vocab,
                "max_input_chars_per_word": 6, "unk_token": "<unk>"},
               note="max text and vocab, max_input_chars_per_word = 6, unk_token <unk>",
               note_zh="最大的文本和词表，max_input_chars_per_word = 6，unk_token 为 <unk>")
    yield Case({"text": failing_words(rng, stems, suffixes, TEXT_MAX), "vocab": vocab},
               note="max: words that fail at their last letter, next to words that do not",
               note_zh="最大：在最后一个字母处匹配失败的词，与不失败的词混在一起")
    yield Case({"text": soup(rng, TEXT_MAX), "vocab": soup_vocab(rng)},
               note="max: 10^4 characters drawn from every allowed Unicode range",
               note_zh="最大：10^4 个字符，取自每个允许的 Unicode 范围")


def synthetic_vocab(rng):
    """A BERT-sized vocabulary: single letters and ## letters, stems, ## suffixes, whole words, CJK and symbols."""
    tokens = {"[UNK]", "<unk>"}
    tokens.update(LETTERS)
    tokens.update("##" + c for c in LETTERS)
    tokens.update("0123456789")
    tokens.update("##" + c for c in "0123456789")
    tokens.update(PUNCTUATION)
    tokens.update(SYMBOLS)
    tokens.update("##" + c for c in SYMBOLS)
    tokens.update(CJK + OTHER_SCRIPTS)
    tokens.update(ACCENTED)
    tokens.update("##" + c for c in ACCENTED)
    stems, suffixes, words = set(), set(), set()
    while len(stems) < 9000:
        stems.add(random_word(rng, 2, 7))
    while len(suffixes) < 9000:
        suffixes.add(random_word(rng, 1, 6))
    while len(words) < 11000:
        words.add(random_word(rng, 3, 12))
    tokens |= stems | words
    tokens.update("##" + s for s in suffixes)
    tokens = sorted(tokens)[:VOCAB_MAX]
    ids = list(range(len(tokens)))
    rng.shuffle(ids)
    return dict(zip(tokens, ids)), sorted(stems), sorted(suffixes), sorted(words)


def random_word(rng, low, high):
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(low, high)))


def prose(rng, stems, suffixes, words, length, unicode):
    """Words made of pieces (stems + suffixes), whole words, random strings; capitals, punctuation, and with
    `unicode` accents, other scripts, ideographs, controls and odd spaces."""
    out, size = [], 0
    while size < length:
        roll = rng.random()
        if roll < 0.35:
            word = rng.choice(stems) + "".join(rng.choice(suffixes) for _ in range(rng.randint(0, 3)))
        elif roll < 0.6:
            word = rng.choice(words)
        elif roll < 0.7:
            word = random_word(rng, 1, 14)
        elif roll < 0.8:
            word = rng.choice(PUNCTUATION) + rng.choice(words) + rng.choice(PUNCTUATION)
        else:
            word = "".join(rng.choice(rng.choice((LETTERS, "0123456789", PUNCTUATION, SYMBOLS) + (
                (ACCENTED, COMBINING, CJK, OTHER_SCRIPTS, CONTROLS) if unicode else ()))) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.15:
            word = word.capitalize() if rng.random() < 0.7 else word.upper()
        space = rng.choice(SPACES) if unicode and rng.random() < 0.2 else " "
        out.append(word + space)
        size += len(word) + 1
    return "".join(out)[:length]


def long_words(rng, length):
    out, size = [], 0
    while size < length:
        word = "".join(rng.choice("abc") for _ in range(rng.randint(95, 101)))
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:length]


def failing_words(rng, stems, suffixes, length):
    """Most words are stem + suffixes + a final letter that is a token but never a ## piece (ω, ж): after several
    matched pieces the last position fails, so the whole word must become one [UNK]."""
    out, size = [], 0
    while size < length:
        word = rng.choice(stems) + "".join(rng.choice(suffixes) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.7:
            word += rng.choice("ωж")  # present as plain tokens only, never as ## pieces
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:length]


def allowed_characters():
    return [chr(cp) for lo, hi in ALLOWED for cp in range(lo, hi + 1)]


def soup(rng, length):
    pools = [
        "".join(chr(cp) for lo, hi in ALLOWED for cp in range(lo, min(hi, lo + 400) + 1)),
        LETTERS * 4, SPACES, CONTROLS, PUNCTUATION, COMBINING, CJK, OTHER_SCRIPTS, ACCENTED,
    ]
    return "".join(rng.choice(rng.choice(pools)) for _ in range(length))


def soup_vocab(rng):
    tokens = {"[UNK]"}
    alphabet = LETTERS + CJK + OTHER_SCRIPTS + PUNCTUATION + SYMBOLS + "ωж"
    tokens.update(alphabet)
    tokens.update("##" + c for c in alphabet)
    while len(tokens) < VOCAB_MAX:
        token = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 5)))
        tokens.add(token if rng.random() < 0.5 else "##" + token)
    return {token: i for i, token in enumerate(sorted(tokens))}


ALLOWED_SET = None


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    global ALLOWED_SET
    if ALLOWED_SET is None:
        ALLOWED_SET = frozenset(ord(c) for c in allowed_characters())
    text, vocab = given["text"], given["vocab"]
    assert isinstance(text, str) and len(text) <= TEXT_MAX, f"text of length {len(text)}"
    outside = [c for c in text if ord(c) not in ALLOWED_SET]
    assert not outside, f"characters outside the allowed ranges: {outside[:5]!r}"
    assert isinstance(vocab, dict) and 1 <= len(vocab) <= VOCAB_MAX, f"vocab of size {len(vocab)}"
    assert all(isinstance(t, str) and 1 <= len(t) <= TOKEN_MAX for t in vocab), "tokens are 1-100 characters"
    ids = list(vocab.values())
    assert all(isinstance(i, int) and not isinstance(i, bool) for i in ids) and len(set(ids)) == len(ids)
    unk = given.get("unk_token", "[UNK]")
    assert unk in vocab, f"unk_token {unk!r} is not in vocab"
    limit = given.get("max_input_chars_per_word", WORD_MAX)
    assert isinstance(limit, int) and not isinstance(limit, bool) and 1 <= limit <= WORD_MAX
    assert isinstance(given.get("lowercase", True), bool)
    assert set(given) <= {"text", "vocab", "unk_token", "max_input_chars_per_word", "lowercase"}


SIZES = (625, 1250, 2500, 5000, 10_000)  # for `compare`: characters of English-like text, a 3*10^4-token vocab


def sized_input(rng, n):
    vocab, stems, suffixes, words = synthetic_vocab(rng)
    return {"text": prose(rng, stems, suffixes, words, n, unicode=False), "vocab": vocab}
