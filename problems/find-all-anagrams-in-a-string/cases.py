"""Hidden tests for find-all-anagrams-in-a-string: small cases with pinned answers aimed at each classic mistake
(p longer than s, the last window, the letter leaving the window, sets or sums instead of counts, zero counts
left in a dict, end instead of start indices), then seeded strings of 3 * 10^4 letters: p short (many windows),
p half as long as s (each window 1.5 * 10^4 letters: sorting every window is hopeless), p as long as s, one
letter repeated (every index an answer), and p longer than s."""

from harness.catalogue.cases import Case

N_MAX = 3 * 10**4
LOWER = "abcdefghijklmnopqrstuvwxyz"


def hidden_cases(rng):
    yield Case({"s": "a", "p": "a"}, [0], "one letter each, equal", note_zh="各一个字母，相同")
    yield Case({"s": "a", "p": "b"}, [], "one letter each, different", note_zh="各一个字母，不同")
    yield Case({"s": "ab", "p": "abc"}, [], "p longer than s: there is no window at all",
               note_zh="p 比 s 长：根本没有窗口")
    yield Case({"s": "abc", "p": "cba"}, [0], "p as long as s: the only window is the last one",
               note_zh="p 与 s 一样长：唯一的窗口也是最后一个窗口")
    yield Case({"s": "bcaa", "p": "aa"}, [2], "the only anagram is the last window", note_zh="唯一的异位词是最后一个窗口")
    yield Case({"s": "abbcab", "p": "abb"}, [0], "the first window only", note_zh="只有第一个窗口")
    yield Case({"s": "aab", "p": "abb"}, [], "the same letters, not the same counts: sets compare equal",
               note_zh="字母种类相同、个数不同：集合比较会认为相等")
    yield Case({"s": "adbcad", "p": "bc"}, [2], "\"ad\" and \"bc\" have equal sums of letter codes",
               note_zh="\"ad\" 与 \"bc\" 的字母编码之和相等")
    yield Case({"s": "baab", "p": "ab"}, [0, 2], "after the first window, \"aa\" must drop the b that left",
               note_zh="第一个窗口之后，\"aa\" 必须去掉离开窗口的 b")
    yield Case({"s": "abcabc", "p": "abc"}, [0, 1, 2, 3], "every window matches", note_zh="每个窗口都匹配")
    yield Case({"s": "abxab", "p": "ab"}, [0, 3], "x enters and leaves: a count of 0 must not linger in a dict",
               note_zh="x 进入又离开：计数为 0 的字母不能残留在哈希表（dict）里")
    yield Case({"s": "zzazz", "p": "az"}, [1, 2], "the end index is not the start", note_zh="终点下标不是起点")
    yield Case({"s": "aaaaa", "p": "aa"}, [0, 1, 2, 3], "one letter repeated: overlapping windows",
               note_zh="同一个字母重复：窗口相互重叠")
    yield Case({"s": "abcdefghijklmnopqrstuvwxyz", "p": "zyxwvutsrqponmlkjihgfedcba"}, [0],
               "every letter once, reversed", note_zh="每个字母各一次，顺序相反")
    yield Case({"s": "acdcaeccde", "p": "c"}, [1, 3, 6, 7], "p of one letter", note_zh="p 只有一个字母")
    yield Case({"s": "ayzaz", "p": "za"}, [2, 3], "y stands in for z: every one of the 26 counts must be compared",
               note_zh="y 顶替了 z：26 个计数必须每个都比较")
    yield Case({"s": "ijal", "p": "la"}, [2], "1^3 + 12^3 = 9^3 + 10^3: a sum of cubes of letter numbers (\"al\", \"ij\") collides",
               note_zh="1^3 + 12^3 = 9^3 + 10^3：字母序号的立方和（\"al\" 与 \"ij\"）会冲突")
    yield Case({"s": "abcdabcd", "p": "dcba"}, [0, 1, 2, 3, 4],
               "distinct letters, overlapping anagrams: after a match the next window may match too",
               note_zh="字母互不相同，异位词相互重叠：匹配之后下一个窗口也可能匹配")

    yield Case({"s": "a" * N_MAX, "p": "a" * 100}, list(range(N_MAX - 99)),
               "max: n = 3*10^4, one letter repeated: every start but the last 99 is an answer",
               note_zh="最大：n = 3*10^4，同一个字母重复：除最后 99 个外的每个起点都是答案")
    whole = random_string(rng, LOWER, N_MAX)
    yield Case({"s": whole, "p": shuffled(rng, whole)}, [0], "max: len(s) = len(p) = 3*10^4, one window",
               note_zh="最大：len(s) = len(p) = 3*10^4，只有一个窗口")
    yield Case({"s": random_string(rng, LOWER, 2 * 10**4), "p": random_string(rng, LOWER, N_MAX)}, [],
               "len(p) = 3*10^4 > len(s) = 2*10^4", note_zh="len(p) = 3*10^4 > len(s) = 2*10^4")
    yield half_width(rng, LOWER, "max: n = 3*10^4, len(p) = 1.5*10^4: sorting every window is hopeless",
                     "最大：n = 3*10^4，len(p) = 1.5*10^4：对每个窗口排序毫无希望")
    yield half_width(rng, "ab", "max: n = 3*10^4 over two letters, len(p) = 1.5*10^4: many answers",
                     "最大：n = 3*10^4，只有两种字母，len(p) = 1.5*10^4：答案很多")
    yield Case({"s": random_string(rng, "ab", N_MAX), "p": random_string(rng, "ab", 10)},
               note="max: n = 3*10^4 over two letters, len(p) = 10", note_zh="最大：n = 3*10^4，只有两种字母，len(p) = 10")
    yield Case({"s": random_string(rng, "abc", N_MAX), "p": "abc"}, note="max: n = 3*10^4 over three letters, p = \"abc\"",
               note_zh="最大：n = 3*10^4，只有三种字母，p = \"abc\"")
    yield planted(rng, 26, "max: n = 3*10^4, p of 26 letters, anagrams planted", "最大：n = 3*10^4，p 有 26 个字母，埋入若干异位词")
    yield planted(rng, 1000, "max: n = 3*10^4, len(p) = 1000, anagrams planted", "最大：n = 3*10^4，len(p) = 1000，埋入若干异位词")
    yield Case({"s": random_string(rng, LOWER, N_MAX), "p": random_string(rng, LOWER, 3)},
               note="max: n = 3*10^4, random letters, len(p) = 3", note_zh="最大：n = 3*10^4，随机字母，len(p) = 3")
    tail = random_string(rng, LOWER, 50)
    yield Case({"s": "q" * (N_MAX - 50) + tail, "p": shuffled(rng, tail)}, [N_MAX - 50],
               "max: n = 3*10^4, the only anagram is the very last window", note_zh="最大：n = 3*10^4，唯一的异位词是最后一个窗口")


def random_string(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def shuffled(rng, text):
    letters = list(text)
    rng.shuffle(letters)
    return "".join(letters)


def half_width(rng, alphabet, note, note_zh):
    """s is two shuffles of p back to back: the windows that straddle them are anagrams now and then."""
    p = random_string(rng, alphabet, N_MAX // 2)
    return Case({"s": shuffled(rng, p) + shuffled(rng, p), "p": p}, note=note, note_zh=note_zh)


def planted(rng, width, note, note_zh):
    """Random letters with a few shuffles of p written over them, one of them at the very end."""
    p = random_string(rng, LOWER, width)
    s = list(random_string(rng, LOWER, N_MAX))
    for start in rng.sample(range(N_MAX - width), 5) + [N_MAX - width]:
        s[start:start + width] = shuffled(rng, p)
    return Case({"s": "".join(s), "p": p}, note=note, note_zh=note_zh)


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    s, p = given["s"], given["p"]
    assert isinstance(s, str) and isinstance(p, str), "s and p are strings"
    assert 1 <= len(s) <= N_MAX and 1 <= len(p) <= N_MAX, "1 <= s.length, p.length <= 3 * 10^4"
    assert set(s) <= set(LOWER) and set(p) <= set(LOWER), "lower-case English letters only"


SIZES = (1875, 3750, 7500, 15_000, N_MAX)  # for `compare`: len(s), with len(p) = len(s) / 2


def sized_input(rng, n):
    """p is half of s: every approach slides over n / 2 windows of n / 2 letters."""
    p = random_string(rng, LOWER, n // 2)
    return {"s": shuffled(rng, p) + shuffled(rng, p), "p": p}
