"""Hidden tests for longest-palindromic-substring (any longest palindrome is accepted): one character; two
different ones (either is right); even palindromes (`cbbd`, `abba`), which odd-only centres miss, and where a
start computed as `i - length // 2` is one off; odd ones, which even-only centres miss; `abcba`, where a table
filled row by row reads dp[i+1][j-1] before it is computed; `abacdfgdcaba`, whose reverse shares `abacd` with it
(longest common substring without an index check); upper and lower case (`aAbBa`: a lower-cased check is wrong);
digits; and 1000 characters: all equal, alternating, a long palindrome at the end, two runs of `a` split by `bc`
(the worst case of a pruned O(n^3) check), a reversed block (the common substring trap at scale), and random text
over 2 and 62 symbols; and the Thue-Morse word of 512, which breaks a palindrome test by hashes modulo 2^32.
"""

import string

from harness.catalogue.cases import Case

N_MAX = 1000
SYMBOLS = string.ascii_letters + string.digits


def thue_morse(k):
    """The Thue-Morse word of 2^k letters over `ab`: for odd k its reverse is its complement, which polynomial
    hashes modulo 2^32 (k >= 8 or so) cannot tell from it."""
    word = "a"
    for _ in range(k):
        word += word.translate(str.maketrans("ab", "ba"))
    return word


def pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hidden_cases(rng):
    yield Case({"s": "a"}, "a", "one character", note_zh="只有一个字符")
    yield Case({"s": "ab"}, "a", "two different characters: either one is right", note_zh="两个不同的字符：哪个都对")
    yield Case({"s": "aa"}, "aa", "two equal characters: an even palindrome", note_zh="两个相同的字符：偶数长度的回文")
    yield Case({"s": "cbbd"}, "bb", "an even centre: a start of i - length // 2 is one off",
               note_zh="偶数中心：起点写成 i - length // 2 会差一位")
    yield Case({"s": "abba"}, "abba", "the whole string, even length: odd centres only answer a single letter",
               note_zh="整个字符串，偶数长度：只用奇数中心只能得到单个字母")
    yield Case({"s": "aba"}, "aba", "odd length: even centres only miss it", note_zh="奇数长度：只用偶数中心会漏掉")
    yield Case({"s": "abcba"}, "abcba", "length 5: a table filled row by row reads dp[1][3] before it is set",
               note_zh="长度 5：逐行填表会在 dp[1][3] 算出之前就读取它")
    yield Case({"s": "abacdfgdcaba"}, "aba", "its reverse shares `abacd`, which is no palindrome",
               note_zh="它的反转与它共有 `abacd`，但那不是回文")
    yield Case({"s": "aAbBa"}, "a", "case matters: `AbBa` is not a palindrome", note_zh="区分大小写：`AbBa` 不是回文")
    yield Case({"s": "x12321y"}, "12321", "digits", note_zh="数字")
    yield Case({"s": "abcd"}, "a", "no palindrome longer than 1: any single character", note_zh="没有长度超过 1 的回文：任意单个字符都对")
    yield Case({"s": "racecarxyz"}, "racecar", "the palindrome at the start", note_zh="回文在开头")
    yield Case({"s": "xyzabccbaz"}, "zabccbaz", "the palindrome at the end, even length", note_zh="回文在末尾，偶数长度")
    yield Case({"s": "bananas"}, "anana", "overlapping palindromes", note_zh="相互重叠的回文")
    yield Case({"s": "a" * N_MAX}, "a" * N_MAX, "max: 1000 equal characters: every expansion runs far",
               note_zh="最大：1000 个相同字符：每次扩展都走得很远")
    yield Case({"s": "ab" * (N_MAX // 2)}, "ab" * (N_MAX // 2 - 1) + "a", "max: `ab` repeated: odd length 999",
               note_zh="最大：`ab` 重复：奇数长度 999")
    yield Case({"s": "a" * 499 + "b" + "a" * 500}, "a" * 499 + "b" + "a" * 499,
               "max: one `b` in 999 `a`s: the longest is odd, around it", note_zh="最大：999 个 `a` 中有一个 `b`：最长回文是以它为中心的奇数长度")
    yield Case({"s": "a" * 450 + "bc" + "a" * 548}, "a" * 548,
               "max: two runs of `a` split by `bc`: from every start the outer letters mirror far before the middle "
               "fails, so a character-by-character O(n^3) check, however pruned, takes 3 x 10^7 steps",
               note_zh="最大：两段 `a` 被 `bc` 隔开：从每个起点出发，外侧字母都要对称很远才在中间失配，"
               "逐字符检查的 O(n^3) 无论怎么剪枝都要 3 × 10^7 步")
    yield Case({"s": thue_morse(9)}, note="the Thue-Morse word of 512 letters: not a palindrome (its reverse is its "
               "complement), but a polynomial hash mod 2^32 (a Java int) gives both the same value",
               note_zh="512 个字母的 Thue-Morse 串：不是回文（它的反转是它的补），但模 2^32（Java 的 int）的多项式哈希给两者相同的值")
    half = pick(rng, "ab", 200)
    yield Case({"s": pick(rng, SYMBOLS, 600) + half + half[::-1]}, half + half[::-1],
               "max: random text, then an even palindrome of 400 at the very end",
               note_zh="最大：随机文本，最末尾是长度 400 的偶数回文")
    block = pick(rng, SYMBOLS, 300)
    yield Case({"s": block + pick(rng, SYMBOLS, 400) + block[::-1]}, note="max: a block and, far away, its "
               "reverse: the longest common substring with the reverse is not a palindrome",
               note_zh="最大：一段文本，远处是它的反转：与反转串的最长公共子串不是回文")
    for alphabet, label, label_zh in (("ab", "two letters", "两种字母"), ("abc", "three letters", "三种字母"),
                                      (SYMBOLS, "62 symbols, many ties", "62 种符号，大量并列")):
        yield Case({"s": pick(rng, alphabet, N_MAX)}, note=f"max: 1000 random characters, {label}",
                   note_zh=f"最大：1000 个随机字符，{label_zh}")
    for _ in range(3):
        yield Case({"s": pick(rng, "abc", rng.randint(5, 30))}, note="a short random string",
                   note_zh="较短的随机字符串")


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    s = given["s"]
    assert isinstance(s, str) and 1 <= len(s) <= N_MAX, "1 <= s.length <= 1000"
    assert set(s) <= set(SYMBOLS), "s consists of digits and English letters only"


SIZES = (125, 250, 500, N_MAX)  # for `compare`: the length of s


def sized_input(rng, n):
    """Two letters at random: palindromes are frequent, so each expansion goes a few steps, as do the tables."""
    return {"s": pick(rng, "ab", n)}
