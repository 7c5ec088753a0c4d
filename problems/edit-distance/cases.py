"""Hidden tests for edit-distance: empty words (zero borders, a word1[0] read), a border loop one short
(dp[m][0] left 0), replacements (which m + n - 2 LCS misses), max(m, n) - LCS and position-by-position
comparison beaten, a rolling row's border and diagonal, and 500 x 500: equal, disjoint, random over 26 and 2
letters, one a subsequence of the other, a word against its reverse, 500 against nothing, and a shift of 120 places (a DP kept to a band around the
diagonal).
"""

import string

from harness.catalogue.cases import Case

N_MAX = 500


def text(rng, n, letters=string.ascii_lowercase):
    return "".join(rng.choice(letters) for _ in range(n))


def hidden_cases(rng):
    yield Case({"word1": "", "word2": ""}, 0, "both words empty", note_zh="两个单词都是空串")
    yield Case({"word1": "abc", "word2": ""}, 3, "to the empty word: three deletions; zero borders answer 0",
               note_zh="变成空串：删除三次；边界为 0 会得到 0")
    yield Case({"word1": "", "word2": "a"}, 1, "from the empty word: one insertion", note_zh="从空串出发：插入一次")
    yield Case({"word1": "a", "word2": "a"}, 0, "one equal character", note_zh="一个相同的字符")
    yield Case({"word1": "a", "word2": "b"}, 1, "one replacement: without it, m + n - 2 LCS answers 2",
               note_zh="一次替换：不考虑替换时 m + n - 2 LCS 得到 2")
    yield Case({"word1": "abc", "word2": "x"}, 3, "a border loop over range(m) leaves dp[m][0] = 0 and answers 1",
               note_zh="边界循环写成 range(m) 会留下 dp[m][0] = 0，得到 1")
    yield Case({"word1": "b", "word2": "abcd"}, 3, "a border loop over range(n) leaves dp[0][n] = 0",
               note_zh="边界循环写成 range(n) 会留下 dp[0][n] = 0")
    yield Case({"word1": "ab", "word2": "ba"}, 2, "swapped letters: max(m, n) - LCS answers 1",
               note_zh="交换了字母：max(m, n) - LCS 得到 1")
    yield Case({"word1": "abc", "word2": "bc"}, 1, "one deletion at the front: comparing position by position answers 3",
               note_zh="在开头删除一个：逐位置比较会得到 3")
    yield Case({"word1": "xa", "word2": "a"}, 1, "a rolling row that never sets row[0] = i answers 0",
               note_zh="从不设置 row[0] = i 的滚动数组会得到 0")
    yield Case({"word1": "kitten", "word2": "sitting"}, 3, "two replacements and an insertion",
               note_zh="两次替换和一次插入")
    yield Case({"word1": "sunday", "word2": "saturday"}, 3, "two insertions and a replacement",
               note_zh="两次插入和一次替换")
    yield Case({"word1": "aaaa", "word2": "aa"}, 2, "repeated letters", note_zh="重复的字母")
    yield Case({"word1": text(rng, N_MAX), "word2": ""}, N_MAX, "max: 500 letters to the empty word",
               note_zh="最大：500 个字母变成空串")
    yield Case({"word1": "", "word2": text(rng, N_MAX)}, N_MAX, "max: the empty word to 500 letters",
               note_zh="最大：空串变成 500 个字母")
    same = text(rng, N_MAX)
    yield Case({"word1": same, "word2": same}, 0, "max: two equal words of 500", note_zh="最大：两个相同的 500 字母单词")
    yield Case({"word1": text(rng, N_MAX, "abcdefghijklm"), "word2": text(rng, N_MAX, "nopqrstuvwxyz")}, N_MAX,
               "max: 500 x 500 with no letter in common: 500 replacements",
               note_zh="最大：500 x 500，没有公共字母：替换 500 次")
    yield Case({"word1": text(rng, N_MAX), "word2": text(rng, N_MAX)}, note="max: 500 x 500 random letters",
               note_zh="最大：500 x 500 随机字母")
    yield Case({"word1": text(rng, N_MAX, "ab"), "word2": text(rng, N_MAX, "ab")}, note="max: 500 x 500 over 'a' and 'b'",
               note_zh="最大：500 x 500，只有 'a' 和 'b'")
    word = text(rng, N_MAX, "abc")
    yield Case({"word1": word, "word2": word[::-1]}, note="max: a word of 500 against its reverse",
               note_zh="最大：500 字母的单词与它的反转")
    long = text(rng, N_MAX, "xyz")
    yield Case({"word1": "".join(c for c in long if rng.random() < 0.4), "word2": long},
               note="max: insertions only, into a word of 500", note_zh="最大：只需插入，目标单词长 500")
    for _ in range(3):
        yield Case({"word1": text(rng, rng.randint(0, 12), "abc"), "word2": text(rng, rng.randint(0, 12), "abc")},
                   note="short random words over 3 letters", note_zh="较短的随机单词，只有 3 种字母")
    middle = text(rng, N_MAX - 120, "abcdefghijklm")
    yield Case({"word1": "z" * 120 + middle, "word2": middle + "y" * 120}, 240,
               "max: the same 380 letters, shifted 120 places: delete 120 z, insert 120 y; a DP kept to a band "
               "of fewer than 120 diagonals around the main one only sees replacements and answers more",
               note_zh="最大：同样的 380 个字母错开 120 位：删去 120 个 z，插入 120 个 y；只算主对角线附近不到 120 条对角线的 DP "
                       "只能用替换，会得到更大的答案")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    for name in ("word1", "word2"):
        s = given[name]
        assert isinstance(s, str) and 0 <= len(s) <= N_MAX, f"0 <= {name}.length <= 500"
        assert all("a" <= c <= "z" for c in s), f"{name} is lowercase English letters"


SIZES = (31, 62, 125, 250, N_MAX)  # for `compare`: the length of each word


def sized_input(rng, n):
    return {"word1": text(rng, n), "word2": text(rng, n)}
