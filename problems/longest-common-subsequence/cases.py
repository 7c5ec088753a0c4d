"""Hidden tests for longest-common-subsequence: single characters, a repeated letter (which a table read at
dp[-1] and a rolling row without its diagonal overcount), common letters in the wrong order (Counter and set
intersections), a greedy first-occurrence matching beaten, substrings against subsequences, and 1000 x 1000:
equal, disjoint, random over 26 and over 2 letters, one string a subsequence of the other.
"""

import string

from harness.catalogue.cases import Case

N_MAX = 1000


def text(rng, n, letters=string.ascii_lowercase):
    return "".join(rng.choice(letters) for _ in range(n))


def hidden_cases(rng):
    yield Case({"text1": "a", "text2": "a"}, 1, "one equal character each: dp[m-1][n-1] answers 0",
               note_zh="各只有一个相同的字符：dp[m-1][n-1] 得到 0")
    yield Case({"text1": "a", "text2": "b"}, 0, "one character each, different", note_zh="各只有一个字符，且不同")
    yield Case({"text1": "a", "text2": "aa"}, 1, "one 'a' against two: dp[-1] reads or a lost diagonal answer 2",
               note_zh="一个 'a' 对两个 'a'：读到 dp[-1] 或丢了对角线值会得到 2")
    yield Case({"text1": "ab", "text2": "ba"}, 1, "the same letters in opposite orders: Counter intersection, or "
               "an m x n table reading dp[-1], answers 2",
               note_zh="相同的字母、相反的顺序：Counter 求交集，或读到 dp[-1] 的 m x n 表，会得到 2")
    yield Case({"text1": "aa", "text2": "aa"}, 2, "a repeated letter: set intersection answers 1",
               note_zh="重复的字母：set 求交集会得到 1")
    yield Case({"text1": "aab", "text2": "azb"}, 2, "a match counted twice by max(up, left) + 1 answers 3",
               note_zh="匹配时用 max(上, 左) + 1 会把一个字符计两次，得到 3")
    yield Case({"text1": "zabcy", "text2": "yabcz"}, 3, "first-occurrence greedy in either direction answers 1",
               note_zh="无论从哪个方向贪心地匹配第一次出现的位置，都只得到 1")
    yield Case({"text1": "axbxcx", "text2": "abc"}, 3, "not contiguous: the longest common substring is 1",
               note_zh="不连续：最长公共子串只有 1")
    yield Case({"text1": "bl", "text2": "yby"}, 1, "a match in the middle of the longer string",
               note_zh="匹配出现在较长字符串的中间")
    yield Case({"text1": "oxcpqrsvwf", "text2": "shmtulqrypy"}, 2, "a common pair inside noise",
               note_zh="噪声中夹着一对公共字符")
    yield Case({"text1": "a" * N_MAX, "text2": "a"}, 1, "1000 against 1", note_zh="1000 个字符对 1 个字符")
    yield Case({"text1": "z", "text2": text(rng, N_MAX - 1, "abcdefghijklmnopqrstuvwxy") + "z"}, 1,
               "1 against 1000, the match at the very end", note_zh="1 个字符对 1000 个字符，匹配在最末尾")
    same = text(rng, N_MAX)
    yield Case({"text1": same, "text2": same}, N_MAX, "max: two equal strings of 1000", note_zh="最大：两个相同的 1000 字符串")
    yield Case({"text1": text(rng, N_MAX, "abcdefghijklm"), "text2": text(rng, N_MAX, "nopqrstuvwxyz")}, 0,
               "max: 1000 x 1000 with no letter in common", note_zh="最大：1000 x 1000，没有公共字母")
    yield Case({"text1": text(rng, N_MAX), "text2": text(rng, N_MAX)}, note="max: 1000 x 1000 random letters",
               note_zh="最大：1000 x 1000 随机字母")
    yield Case({"text1": text(rng, N_MAX, "ab"), "text2": text(rng, N_MAX, "ab")}, note="max: 1000 x 1000 over 'a' and 'b'",
               note_zh="最大：1000 x 1000，只有 'a' 和 'b'")
    long = text(rng, N_MAX, "abc")
    picked = "".join(c for c in long if rng.random() < 0.3)
    yield Case({"text1": picked, "text2": long}, len(picked), "one string a subsequence of the other, 1000 long",
               note_zh="一个字符串是另一个（长 1000）的子序列")
    for _ in range(3):
        yield Case({"text1": text(rng, rng.randint(5, 40), "abcd"), "text2": text(rng, rng.randint(5, 40), "abcd")},
                   note="short random strings over 4 letters", note_zh="较短的随机字符串，只有 4 种字母")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    for name in ("text1", "text2"):
        s = given[name]
        assert isinstance(s, str) and 1 <= len(s) <= N_MAX, f"1 <= {name}.length <= 1000"
        assert all("a" <= c <= "z" for c in s), f"{name} is lowercase English letters"


SIZES = (62, 125, 250, 500, N_MAX)  # for `compare`: the length of each text


def sized_input(rng, n):
    return {"text1": text(rng, n), "text2": text(rng, n)}
