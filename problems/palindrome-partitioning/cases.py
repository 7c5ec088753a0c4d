"""Hidden tests for palindrome-partitioning: small strings with pinned answers aimed at each classic mistake (a
palindrome test on the end letters only, a reversed slice that breaks at index 0, the last piece never reaching
the end, the path appended without a copy, repeated pieces merged, the pieces in reverse order, only single
letters and the whole string), then strings of the maximal length 16: sixteen a's (2^15 partitions), a
two-letter alternation, palindromes nested in palindromes, random strings over two, three and many letters.
"""

from harness.catalogue.cases import Case

N_MAX = 16


def hidden_cases(rng):
    yield Case({"s": "a"}, [["a"]], "one letter", note_zh="单个字母")
    yield Case({"s": "ab"}, [["a", "b"]], "two different letters: single letters only", note_zh="两个不同的字母：只能拆成单个字母")
    yield Case({"s": "aa"}, [["a", "a"], ["aa"]], "two equal letters: the pieces a and a are both kept",
               note_zh="两个相同的字母：两段 a 都要保留")
    yield Case({"s": "aba"}, [["a", "b", "a"], ["aba"]], "an odd palindrome", note_zh="奇数长度的回文")
    yield Case({"s": "abca"}, [["a", "b", "c", "a"]], "abca starts and ends with a but is no palindrome",
               note_zh="abca 首尾都是 a，却不是回文")
    yield Case({"s": "abcab"}, [["a", "b", "c", "a", "b"]], "no palindrome longer than a letter",
               note_zh="没有长于一个字母的回文")
    yield Case({"s": "abba"}, [["a", "b", "b", "a"], ["a", "bb", "a"], ["abba"]], "an even palindrome with bb inside",
               note_zh="偶数长度的回文，中间是 bb")
    yield Case({"s": "aab"}, [["a", "a", "b"], ["aa", "b"]], "pieces in order: [b,aa] is not an answer",
               note_zh="各段有先后顺序：[b,aa] 不是答案")
    yield Case({"s": "baa"}, [["b", "a", "a"], ["b", "aa"]], "a palindrome at the very end", note_zh="回文在最末尾")
    yield Case({"s": "racecar"}, note="racecar: palindromes nested three deep", note_zh="racecar：三层嵌套的回文")
    yield Case({"s": "aaab"}, [["a", "a", "a", "b"], ["a", "aa", "b"], ["aa", "a", "b"], ["aaa", "b"]],
               "[a,aa,b] and [aa,a,b] are different partitions", note_zh="[a,aa,b] 和 [aa,a,b] 是不同的划分")
    yield Case({"s": "a" * N_MAX}, note="max: sixteen a's, every cutting: 32768 partitions",
               note_zh="最大：16 个 a，任意切分都行：32768 种划分")
    yield Case({"s": "ab" * (N_MAX // 2)}, note="max: abab...ab, palindromes of every odd length",
               note_zh="最大：abab...ab，各种奇数长度的回文")
    yield Case({"s": "aabbaabbaabbaabb"}, note="max: aabb repeated, even palindromes inside even ones",
               note_zh="最大：aabb 重复，偶数长度的回文套着偶数长度的回文")
    yield Case({"s": "abcdefghijklmnop"}, [list("abcdefghijklmnop")], "max: sixteen distinct letters, one partition",
               note_zh="最大：16 个不同的字母，只有一种划分")
    yield Case({"s": "zzzzzzzzzzzzzzzy"}, note="max: fifteen z's then a y", note_zh="最大：15 个 z 再加一个 y")
    for letters in ("ab", "ab", "abc", "abcdefghijklmnopqrstuvwxyz"):
        yield Case({"s": "".join(rng.choice(letters) for _ in range(N_MAX))},
                   note=f"max: 16 random letters among {len(letters)}",
                   note_zh=f"最大：从 {len(letters)} 个字母中随机取 16 个")
    half = "".join(rng.choice("abc") for _ in range(N_MAX // 2))
    yield Case({"s": half + half[::-1]}, note="max: a random 16-letter palindrome over a, b, c",
               note_zh="最大：由 a、b、c 组成的随机 16 字母回文")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    s = given["s"]
    assert isinstance(s, str) and 1 <= len(s) <= N_MAX, "1 <= s.length <= 16"
    assert all("a" <= ch <= "z" for ch in s), "s consists of lower-case English letters"


SIZES = (4, 8, 12, 16)  # for `compare`: n, the length of s, all a's


def sized_input(rng, n):
    """n a's: every one of the 2^(n-1) cuttings is a partition."""
    return {"s": "a" * n}
