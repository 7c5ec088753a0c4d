"""Hidden tests for partition-labels: short strings with pinned answers, one per classic mistake (the first
occurrence used instead of the last, the part's end overwritten instead of extended with max, end indices returned
instead of sizes, a size off by one, the next part started at i instead of i + 1, a cut at every change of letter,
a cut at the end of a letter's first run), one letter, all distinct letters, one part for the whole string, then
the maxima of 500 letters: one part, 26 parts, 500 equal letters, nested letters, random strings over few and over
all letters. Trying every set of cuts is exponential."""

import string

from harness.catalogue.cases import Case

N_MAX = 500


def hidden_cases(rng):
    yield Case({"s": "a"}, [1], "one letter", note_zh="只有一个字母")
    yield Case({"s": "aaaa"}, [4], "one letter repeated: one part", note_zh="同一个字母重复：一个片段")
    yield Case({"s": "abc"}, [1, 1, 1], "all distinct: every letter is a part", note_zh="全部不同：每个字母各成一段")
    yield Case({"s": "abac"}, [3, 1], "b ends before a: the part's end must not shrink to b's last index",
               note_zh="b 比 a 先结束：片段的结尾不能缩回到 b 最后出现的位置")
    yield Case({"s": "abab"}, [4], "a's first run ends at 0, but a comes back", note_zh="a 的第一段在下标 0 结束，但 a 之后又出现了")
    yield Case({"s": "aabbcc"}, [2, 2, 2], "sizes, not end indices [1,3,5]", note_zh="是长度，而不是结束下标 [1,3,5]")
    yield Case({"s": "abcba"}, [5], "nested: c and b inside a", note_zh="嵌套：c 和 b 都在 a 里面")
    yield Case({"s": "caedbdedda"}, [1, 9], "a first part of one letter, then the rest", note_zh="第一个片段只有一个字母，然后是其余部分")
    yield Case({"s": "eccbbbbdec"}, [10], "the whole string is one part", note_zh="整个字符串是一个片段")
    yield Case({"s": "qiejxqfnqceocmy"}, [13, 1, 1], "two single letters at the end", note_zh="最后是两个单独的字母")
    yield Case({"s": "vhaagbqkaq"}, [1, 1, 8], "two single letters first", note_zh="开头是两个单独的字母")
    yield Case({"s": "zzyyxxzz"}, [8], "the first letter returns at the end", note_zh="第一个字母在末尾再次出现")
    yield Case({"s": string.ascii_lowercase}, [1] * 26, "the 26 letters once each", note_zh="26 个字母各出现一次")

    yield Case({"s": "a" * N_MAX}, [N_MAX], "max: n = 500, one letter", note_zh="最大：n = 500，只有一个字母")
    inner = "".join(rng.choice(string.ascii_lowercase[1:]) for _ in range(N_MAX - 2))
    yield Case({"s": "a" + inner + "a"}, [N_MAX], "max: n = 500, a at both ends: one part",
               note_zh="最大：n = 500，a 在两端：一个片段")
    blocks = []
    for c in string.ascii_lowercase:
        size = 19 if c != "z" else N_MAX - 19 * 25
        block = [c] * size
        blocks.append("".join(block))
    yield Case({"s": "".join(blocks)}, [19] * 25 + [N_MAX - 19 * 25], "max: n = 500, 26 blocks of one letter each",
               note_zh="最大：n = 500，26 个块，每块一个字母")
    yield Case({"s": "ab" * (N_MAX // 2)}, [N_MAX], "max: n = 500, two letters alternating", note_zh="最大：n = 500，两个字母交替")
    yield Case({"s": windows(rng, N_MAX)}, note="max: n = 500, letters in overlapping windows",
               note_zh="最大：n = 500，字母分布在相互重叠的窗口里")
    yield Case({"s": "".join(rng.choice(string.ascii_lowercase) for _ in range(N_MAX))},
               note="max: n = 500, random letters", note_zh="最大：n = 500，随机字母")
    palindrome = string.ascii_lowercase[:13]
    yield Case({"s": (palindrome + palindrome[::-1]) * 2 + "z" * (N_MAX - 52)}, [52, N_MAX - 52],
               note="max: nested letters, then a run of z", note_zh="最大：嵌套的字母，然后是一串 z")
    for _ in range(3):
        yield Case({"s": windows(rng, rng.randint(20, 200))}, note="random, letters in windows", note_zh="随机，字母分布在窗口里")


def windows(rng, n):
    """Each letter confined to a random window of s: some windows overlap (merged parts), some do not."""
    letters = list(string.ascii_lowercase)
    out = []
    while len(out) < n:
        rng.shuffle(letters)
        group = letters[:rng.randint(1, 4)]
        out += [rng.choice(group) for _ in range(rng.randint(1, 30))]
    return "".join(out[:n])


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    s = given["s"]
    assert isinstance(s, str) and 1 <= len(s) <= N_MAX, "1 <= s.length <= 500"
    assert all(c in string.ascii_lowercase for c in s), "s consists of lowercase English letters"


SIZES = (32, 63, 125, 250, N_MAX)  # for `compare`: the length of s


def sized_input(rng, n):
    """Letters in overlapping windows: some parts merge, some do not."""
    return {"s": windows(rng, n)}
