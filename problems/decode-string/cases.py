"""Hidden tests for decode-string: hand-picked encodings with pinned answers, one per classic mistake (a count read
as its last digit, digits summed, digits read back to front off a character stack, a count not reset after `[`,
the bracket's text put before the text preceding it, the letters after the last `]` dropped, nesting handled only
one level deep), plain text without brackets, a count of 1, seven levels of nesting, then the maxima: 300 (the
largest count), 300[300[a]] and 100[100[abcdefghij]] (10^5 letters, the longest output allowed), and random
encodings of up to 30 characters."""

import re

from harness.catalogue.cases import Case

S_MAX = 30
K_MAX = 300
OUT_MAX = 10**5


def hidden_cases(rng):
    yield Case({"s": "a"}, "a", "one letter, no bracket", note_zh="只有一个字母，没有括号")
    yield Case({"s": "leetcode"}, "leetcode", "letters only: nothing to decode", note_zh="只有字母：没有需要解码的部分")
    yield Case({"s": "1[a]"}, "a", "a count of 1", note_zh="次数为 1")
    yield Case({"s": "12[a]"}, "a" * 12, "a two-digit count: neither its last digit, nor 1 + 2, nor 21",
               note_zh="两位数的次数：既不是最后一位，也不是 1 + 2，也不是 21")
    yield Case({"s": "10[ab]"}, "ab" * 10, "a count ending in 0", note_zh="以 0 结尾的次数")
    yield Case({"s": "2[a]3[b]"}, "aabbb", "the count is reset after each bracket", note_zh="每个括号之后次数要清零")
    yield Case({"s": "ab2[c]"}, "abcc", "the text before a bracket stays in front", note_zh="括号前的文本要留在前面")
    yield Case({"s": "2[a]bc"}, "aabc", "letters after the last bracket are kept", note_zh="最后一个括号之后的字母要保留")
    yield Case({"s": "x2[y3[z]]w"}, "xyzzzyzzzw", "nested, with letters before and after", note_zh="嵌套，前后都有字母")
    yield Case({"s": "2[a3[b]c]"}, "abbbcabbbc", "letters on both sides of an inner bracket", note_zh="内层括号两侧都有字母")
    yield Case({"s": "3[2[ab]2[cd]]"}, "ababcdcd" * 3, "two brackets side by side inside one", note_zh="一个括号里并排两个括号")
    yield Case({"s": "2[10[ab]]"}, "ab" * 20, "a multi-digit count inside a bracket", note_zh="括号内部的多位数次数")
    yield Case({"s": "2[2[2[2[2[2[2[a]]]]]]]"}, "a" * 128, "seven levels of nesting", note_zh="七层嵌套")
    yield Case({"s": "1[1[1[1[1[1[1[xy]]]]]]]z"}, "xyz", "seven levels of 1", note_zh="七层次数 1")
    yield Case({"s": "3[z]2[2[y]pq4[2[jk]e1[f]]]ef"}, note="a long mixed encoding", note_zh="一个较长的混合编码")
    yield Case({"s": "300[a]"}, "a" * 300, "max: the largest count, 300", note_zh="最大：最大的次数 300")
    yield Case({"s": "300[300[a]]"}, "a" * 90_000, "max: 300 inside 300, 9*10^4 letters",
               note_zh="最大：300 里面套 300，9*10^4 个字母")
    yield Case({"s": "100[100[abcdefghij]]"}, "abcdefghij" * 10_000, "max: 10^5 letters, the longest output",
               note_zh="最大：10^5 个字母，最长的输出")
    yield Case({"s": "a99[b]2[c45[de]f]3[g]hijklm"}, note="max: 28 characters, mixed", note_zh="最大：28 个字符，混合")
    found = 0
    while found < 8:
        s = encoding(rng, 3)
        if 20 <= len(s) <= S_MAX and decoded_length(s) <= OUT_MAX:
            found += 1
            yield Case({"s": s}, note="random encoding of up to 30 characters", note_zh="随机编码，最多 30 个字符")


def encoding(rng, depth):
    """A random valid encoding: up to three parts, each letters or k[...] one level deeper."""
    parts = []
    for _ in range(rng.randint(1, 3)):
        if depth > 0 and rng.random() < 0.55:
            parts.append(f"{rng.choice([2, 3, 7, 10, 11, 25, 100])}[{encoding(rng, depth - 1)}]")
        else:
            parts.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 3))))
    return "".join(parts)


def decoded_length(s):
    """The decoding's length, by a stack of lengths, without building the text."""
    stack, length, count = [], 0, 0
    for c in s:
        if c.isdigit():
            count = count * 10 + int(c)
        elif c == "[":
            stack.append((length, count))
            length, count = 0, 0
        elif c == "]":
            before, k = stack.pop()
            length = before + length * k
        else:
            length += 1
    return length


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    s = given["s"]
    assert isinstance(s, str) and 1 <= len(s) <= S_MAX, "1 <= s.length <= 30"
    assert re.fullmatch(r"[a-z0-9\[\]]+", s), "s consists of lowercase English letters, digits and '[]'"
    depth = 0
    for i, c in enumerate(s):
        if c == "[":
            assert i > 0 and s[i - 1].isdigit(), "every '[' follows a count"
            depth += 1
        elif c == "]":
            depth -= 1
            assert depth >= 0, "the brackets are balanced"
    assert depth == 0, "the brackets are balanced"
    for m in re.finditer(r"\d+", s):
        assert m.end() < len(s) and s[m.end()] == "[", "every count is followed by '['"
        assert m.group()[0] != "0" and 1 <= int(m.group()) <= K_MAX, "the counts are in [1, 300]"
    assert decoded_length(s) <= OUT_MAX, "the decoded string is at most 10^5 characters long"


SIZES = (6250, 12_500, 25_000, 50_000, OUT_MAX)  # for `compare`: the decoded length


def sized_input(rng, n):
    """A 10-letter word inside two nested counts whose product is n / 10, each at most 300: the output grows with n, s stays short."""
    total = n // 10
    outer = next(d for d in range(1, K_MAX + 1) if total % d == 0 and total // d <= K_MAX)
    return {"s": f"{outer}[{total // outer}[abcdefghij]]"}
