"""Hidden tests for group-anagrams: small cases aimed at each classic key mistake (a key that forgets the counts,
a sum or product of letter codes, a set per group, the empty word, a 25-slot count array), then seeded cases at
the maxima: 10^4 words of up to 100 letters, with no anagrams at all (a pairwise comparison is O(n^2)), a few big
groups, one group, two letters only, and words whose letter sums all agree.
"""

import string

from harness.catalogue.cases import Case

N_MAX = 10_000
LEN_MAX = 100
LETTERS = string.ascii_lowercase


def hidden_cases(rng):
    yield Case({"strs": ["aab", "abb", "ab", "ba", "aab"]}, [["aab", "aab"], ["abb"], ["ab", "ba"]],
               "same letters, different counts: aab and abb are not anagrams",
               note_zh="字母相同、个数不同：aab 和 abb 不是字母异位词")
    yield Case({"strs": ["ad", "bc", "da", "cb"]}, [["ad", "da"], ["bc", "cb"]],
               "ad and bc have the same sum of letter codes", note_zh="ad 和 bc 的字母编码之和相同")
    yield Case({"strs": ["ad", "bb", "a", "aa", ""]}, [["ad"], ["bb"], ["a"], ["aa"], [""]],
               "the products of letter positions (a = 1) agree: ad and bb, a, aa and the empty word",
               note_zh="字母序号（a = 1）之积相同：ad 和 bb，a、aa 和空字符串")
    yield Case({"strs": ["", ""]}, [["", ""]], "two empty words form one group", note_zh="两个空字符串组成一组")
    yield Case({"strs": ["", "b", "", "a", "b"]}, [["", ""], ["b", "b"], ["a"]],
               "empty words among others, and repeated words", note_zh="空字符串夹在其他单词之间，还有重复的单词")
    yield Case({"strs": ["abc", "bca", "abc", "cab", "abc"]}, [["abc", "bca", "abc", "cab", "abc"]],
               "a word repeated three times: every copy stays in its group",
               note_zh="一个单词重复三次：每一份都要留在组里")
    yield Case({"strs": ["z", "zz", "az", "za", "zy"]}, [["z"], ["zz"], ["az", "za"], ["zy"]],
               "the letter z: a count array of 25 slots is one short", note_zh="字母 z：只开 25 格的计数数组少一格")
    yield Case({"strs": ["a" + "b" * 10, "a" * 11, "b" * 10 + "a", "b" + "c" * 10, "b" * 11]},
               [["a" + "b" * 10, "b" * 10 + "a"], ["a" * 11], ["b" + "c" * 10], ["b" * 11]],
               "counts joined without a separator: an a with ten bs, and eleven as, both give \"110\" then zeros",
               note_zh="字母计数不加分隔符拼成键：一个 a 加十个 b 与十一个 a 都得到 \"110\" 后接一串 0")
    yield Case({"strs": ["aef", "bcg", "fea", "gcb"]}, [["aef", "fea"], ["bcg", "gcb"]],
               "aef and bcg agree in length, sum and sum of squares of the letter codes",
               note_zh="aef 和 bcg 的长度、字母编码之和与平方和都相同")
    long_a = "a" * LEN_MAX
    yield Case({"strs": [long_a, "a" * 99 + "b", "b" + "a" * 99, "a" * 99]},
               [[long_a], ["a" * 99 + "b", "b" + "a" * 99], ["a" * 99]],
               "words of 100 letters that differ in one letter", note_zh="长 100 个字母、只差一个字母的单词")
    yield Case({"strs": ["abc", "def", "ghi", "cfi"]}, [["abc"], ["def"], ["ghi"], ["cfi"]],
               "no two words are anagrams", note_zh="没有任何两个单词互为字母异位词")
    yield Case({"strs": ["ab", "ba", "abab", "baba", "aabb", "ab"]}, [["ab", "ba", "ab"], ["abab", "baba", "aabb"]],
               "the same letter set in two lengths", note_zh="字母集合相同、长度不同")
    yield Case({"strs": [random_word(rng, rng.randint(0, LEN_MAX)) for _ in range(N_MAX)]},
               note="max: 10^4 words of 0 to 100 random letters, nearly all without an anagram",
               note_zh="最大：10^4 个由 0 到 100 个随机字母组成的单词，几乎都没有字母异位词")
    yield Case({"strs": [random_word(rng, LEN_MAX) for _ in range(N_MAX)]},
               note="max: 10^4 words of 100 random letters, no two anagrams",
               note_zh="最大：10^4 个由 100 个随机字母组成的单词，没有任何两个互为异位词")
    yield from_bases(rng, 300, "max: 10^4 words of 100 letters in 300 groups",
                     "最大：10^4 个 100 个字母的单词，分成 300 组")
    yield from_bases(rng, 1, "max: 10^4 rearrangements of one word of 100 letters: one group",
                     "最大：同一个 100 个字母的单词的 10^4 种重排：只有一组")
    yield Case({"strs": ["".join(rng.choice("ab") for _ in range(rng.randint(0, LEN_MAX))) for _ in range(N_MAX)]},
               note="max: 10^4 words over the letters a and b only: grouped by length and count of a",
               note_zh="最大：10^4 个只含 a 和 b 的单词：按长度和 a 的个数分组")
    yield Case({"strs": [equal_sum_word(rng) for _ in range(N_MAX)]},
               note="max: 10^4 words of 100 letters, all with the same sum of letter codes, in 51 groups",
               note_zh="最大：10^4 个 100 个字母的单词，字母编码之和全部相同，分成 51 组")
    yield Case({"strs": [""] * N_MAX}, [[""] * N_MAX], "max: 10^4 empty words", note_zh="最大：10^4 个空字符串")


def random_word(rng, length):
    return "".join(rng.choices(LETTERS, k=length))


def shuffled(rng, word):
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


def from_bases(rng, groups, note, note_zh):
    """10^4 rearrangements of `groups` random words of 100 letters, in random order."""
    bases = [random_word(rng, LEN_MAX) for _ in range(groups)]
    return Case({"strs": [shuffled(rng, rng.choice(bases)) for _ in range(N_MAX)]}, note=note, note_zh=note_zh)


def equal_sum_word(rng):
    """50 blocks, each "ad" or "bc" (both sum to the same letter codes), shuffled: the group is the count of "ad"."""
    return shuffled(rng, "".join(rng.choice(("ad", "bc")) for _ in range(LEN_MAX // 2)))


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    strs = given["strs"]
    assert isinstance(strs, list) and 1 <= len(strs) <= N_MAX, "1 <= strs.length <= 10^4"
    for word in strs:
        assert isinstance(word, str) and len(word) <= LEN_MAX, "0 <= strs[i].length <= 100"
        assert all(ch in LETTERS for ch in word), f"{word!r}: lowercase English letters only"


SIZES = (625, 1250, 2500, 5000, N_MAX)  # for `compare`: the number of words, each of 100 random letters


def sized_input(rng, n):
    """n words of 100 random letters: no anagrams, so a pairwise comparison does all of its work."""
    return {"strs": [random_word(rng, LEN_MAX) for _ in range(n)]}
