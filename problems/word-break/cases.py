"""Hidden tests for word-break: one letter, greedy traps (longest first and shortest first), a repeated
str.replace that glues pieces into a word, words reused, a 20-letter word (the longest-word bound off by one),
words longer than s (a window start not clamped at 0), the "aaaa...ab" family of 300 letters with a to a^10
(exponential without a memo, and for a regex), and 1000-word dictionaries with 300-letter strings built from
them, true and spoiled at the end.
"""

import string

from harness.catalogue.cases import Case

S_MAX = 300
DICT_MAX = 1000
WORD_MAX = 20

RUNS = ["a" * k for k in range(1, 11)]


def hidden_cases(rng):
    yield Case({"s": "a", "wordDict": ["a"]}, True, "one letter, in the dictionary", note_zh="只有一个字母，在字典中")
    yield Case({"s": "a", "wordDict": ["b"]}, False, "one letter, not in the dictionary", note_zh="只有一个字母，不在字典中")
    yield Case({"s": "cars", "wordDict": ["car", "ca", "rs"]}, True,
               "longest word first takes car and is stuck on s; ca + rs works",
               note_zh="先取最长的单词 car，剩下 s 无法匹配；ca + rs 可行")
    yield Case({"s": "goalspecial", "wordDict": ["go", "goal", "goals", "special"]}, True,
               "longest first takes goals and is stuck; goal + special", note_zh="先取最长的 goals 会卡住；goal + special")
    yield Case({"s": "aaaaaaa", "wordDict": ["aa", "aaa"]}, True,
               "shortest first leaves one a, longest first too; aa + aa + aaa",
               note_zh="先取最短的会剩一个 a，先取最长的也一样；aa + aa + aaa")
    yield Case({"s": "abcd", "wordDict": ["a", "abc", "b", "cd"]}, True, "abc first leaves d; a + b + cd",
               note_zh="先取 abc 会剩下 d；a + b + cd")
    yield Case({"s": "aabb", "wordDict": ["ab"]}, False,
               "replace(ab) leaves ab, which replacing again removes: pieces glued together are not a word",
               note_zh="replace(ab) 后剩下 ab，再替换一次就删光了：拼接起来的碎片并不是单词")
    yield Case({"s": "aaaa", "wordDict": ["aa"]}, True, "a word used twice", note_zh="同一个单词用两次")
    yield Case({"s": "catsanddog", "wordDict": ["cat", "cats", "and", "sand", "dog"]}, True,
               "two segmentations, either will do", note_zh="有两种切分，任意一种都行")
    yield Case({"s": "dogsand", "wordDict": ["dog", "dogs", "and", "sand", "s"]}, True, "dogs + and or dog + sand",
               note_zh="dogs + and 或 dog + sand")
    yield Case({"s": "leetcodex", "wordDict": ["leet", "code", "x"]}, True, "the last letter is a word of its own",
               note_zh="最后一个字母自成一个单词")
    yield Case({"s": "leetcodes", "wordDict": ["leet", "code", "x"]}, False,
               "every letter but the last is covered: ok[n - 1] is true, ok[n] is not",
               note_zh="除最后一个字母外都能覆盖：ok[n - 1] 为真，ok[n] 不为真")
    yield Case({"s": "abcdefghijklmnopqrst" * 3, "wordDict": ["abcdefghijklmnopqrst", "abc"]}, True,
               "20-letter words: a bound of longest - 1 letters never sees them",
               note_zh="20 个字母的单词：只往回看最长长度减 1 个字母的写法永远看不到它")
    yield Case({"s": "bb", "wordDict": ["a", "b", "bbb", "bbbb"]}, True, "every word longer than s but one",
               note_zh="除一个单词外都比 s 长")
    yield Case({"s": "aaa", "wordDict": ["aa", "aaaaa"]}, False,
               "the longest word is two letters longer than s: a window start i - L not clamped at 0 goes negative, "
               "and ok[-2] (really ok[2]) with s[-2:3] (really aa) answers true",
               note_zh="最长的单词比 s 长两个字母：窗口起点 i - L 不截到 0 会变成负数，ok[-2]（其实是 ok[2]）配上 s[-2:3]（其实是 aa）会得到 true")
    yield Case({"s": "ab", "wordDict": ["a", "b", "ab" * 10]}, True, "a 20-letter word ten times longer than s",
               note_zh="一个 20 个字母的单词，是 s 长度的十倍")
    yield Case({"s": "a" * (S_MAX - 1) + "b", "wordDict": RUNS}, False,
               "max: 299 a then b, words a to a^10: exponential without a memo",
               note_zh="最大：299 个 a 再接 b，字典为 a 到 a^10：不带记忆化是指数级的")
    yield Case({"s": "a" * S_MAX, "wordDict": RUNS}, True, "max: 300 a, words a to a^10", note_zh="最大：300 个 a，字典为 a 到 a^10")
    yield Case({"s": "b" + "a" * (S_MAX - 1), "wordDict": RUNS + ["ab", "ba"]}, True,
               "max: b then 299 a: only ba starts it", note_zh="最大：b 再接 299 个 a：只有 ba 能开头")
    yield Case({"s": "a" * 150 + "b" + "a" * 149, "wordDict": RUNS}, False, "max: a b in the middle, no word has it",
               note_zh="最大：中间有一个 b，没有单词含有它")
    yield built(rng, DICT_MAX, 1, WORD_MAX, True, "max: 1000 words of 1 to 20 letters, s of 300 built from them",
                "最大：1000 个 1 到 20 个字母的单词，s 由它们拼成，长 300")
    yield built(rng, DICT_MAX, 1, WORD_MAX, False, "max: likewise, the last letters redrawn: no segmentation",
                "最大：同类，最后几个字母被重新抽取：无法切分")
    yield built(rng, 100, 3, 6, True, "max: 100 short words over 3 letters, many partial matches",
                "最大：100 个由 3 种字母组成的短单词，大量部分匹配", alphabet="abc")
    yield built(rng, 100, 3, 6, False, "max: likewise, spoiled at the end: many prefixes split",
                "最大：同类，末尾被破坏：许多前缀都能切分", alphabet="abc")
    yield built(rng, 30, 5, WORD_MAX, False, "300 letters, 30 long words, spoiled at the end",
                "300 个字母，30 个长单词，末尾被破坏")
    yield Case({"s": "".join(rng.choice(string.ascii_lowercase) for _ in range(S_MAX)),
                "wordDict": sorted({random_word(rng, 1, 2, string.ascii_lowercase) for _ in range(200)})},
               note="max: 300 random letters, 200 words of one or two letters",
               note_zh="最大：300 个随机字母，200 个一到两个字母的单词")


def random_word(rng, low, high, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def built(rng, count, low, high, answer, note, note_zh, alphabet=string.ascii_lowercase):
    """s of S_MAX letters made of dictionary words (the last one cut to fit, and then a word too), or that string
    with a few of its last letters redrawn until no segmentation exists."""
    vocabulary = set()
    while len(vocabulary) < count - 1:
        vocabulary.add(random_word(rng, low, high, alphabet))
    choices = sorted(vocabulary)
    s = ""
    while len(s) < S_MAX:
        word = rng.choice(choices)[:S_MAX - len(s)]
        vocabulary.add(word)
        s += word
    if not answer:
        for attempt in range(200):
            tail = 3 + attempt // 20
            spoiled = s[:-tail] + random_word(rng, tail, tail, alphabet)
            if not splits(spoiled, vocabulary):
                s = spoiled
                break
        else:
            raise AssertionError("no spoiled string found")
    words = sorted(vocabulary)
    rng.shuffle(words)
    return Case({"s": s, "wordDict": words}, answer, note, note_zh=note_zh)


def splits(s, vocabulary):
    """Whether s is a concatenation of words of the vocabulary: only to pick the spoiled strings."""
    reach = {0}
    for i in range(1, len(s) + 1):
        if any(s[j:i] in vocabulary for j in reach if i - j <= WORD_MAX):
            reach.add(i)
    return len(s) in reach


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    s, words = given["s"], given["wordDict"]
    lower = set(string.ascii_lowercase)
    assert isinstance(s, str) and 1 <= len(s) <= S_MAX and set(s) <= lower, "1 <= s.length <= 300, lowercase"
    assert isinstance(words, list) and 1 <= len(words) <= DICT_MAX, "1 <= wordDict.length <= 1000"
    assert all(isinstance(w, str) and 1 <= len(w) <= WORD_MAX and set(w) <= lower for w in words), \
        "1 <= wordDict[i].length <= 20, lowercase"
    assert len(set(words)) == len(words), "the words are unique"


SIZES = (38, 75, 150, S_MAX)  # for `compare`: the length of s


def sized_input(rng, n):
    return {"s": "a" * (n - 1) + "b", "wordDict": list(RUNS)}
