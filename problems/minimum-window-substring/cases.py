"""Hidden tests for minimum-window-substring: a small case per classic mistake with a pinned answer (letters t
repeats, upper against lower case, no window at all, a window that must be shrunk), then strings of 10^5 letters:
short and long t (up to 2*10^4 letters, where rechecking all of t at every step is hopeless), t an anagram of s,
and no window at the maxima.

Every case has exactly one minimum window, as LeetCode guarantees (`validate` asserts it): the generated strings
are repaired until only one is left, by replacing the last letter of each other minimum window (outside the first
one, since they are as long and start later) with a letter t does not use, which can create no new window.
"""

from collections import Counter
from string import ascii_letters

from harness.catalogue.cases import Case

N_MAX = 10**5


def hidden_cases(rng):
    yield Case({"s": "abaa", "t": "aa"}, "aa", "t repeats a letter: the window needs both a's",
               note_zh="t 中有重复字母：窗口需要两个 a")
    yield Case({"s": "aa", "t": "aa"}, "aa", "t equals s, one letter twice", note_zh="t 等于 s，同一个字母两次")
    yield Case({"s": "a", "t": "aa"}, "", "t longer than s: no window", note_zh="t 比 s 长：没有窗口")
    yield Case({"s": "a", "t": "b"}, "", "the letter is missing: no window", note_zh="缺少这个字母：没有窗口")
    yield Case({"s": "aabbc", "t": "abbb"}, "", "enough kinds of letter, too few b's: no window",
               note_zh="字母种类够了，但 b 的个数不够：没有窗口")
    yield Case({"s": "Abxab", "t": "ab"}, "ab", "case matters: A is not a", note_zh="大小写不同：A 不是 a")
    yield Case({"s": "aAbBA", "t": "AB"}, "BA", "upper-case t among lower-case look-alikes",
               note_zh="大写的 t，周围是对应的小写字母")
    yield Case({"s": "aab", "t": "ab"}, "ab", "a surplus a must not count towards t's letters",
               note_zh="多出来的 a 不能计入 t 的字母")
    yield Case({"s": "aaab", "t": "ab"}, "ab", "the window must be shrunk from the left after it is complete",
               note_zh="窗口凑齐之后必须从左边收缩")
    yield Case({"s": "bba", "t": "ab"}, "ba", "the window ends at the last letter", note_zh="窗口以最后一个字母结尾")
    yield Case({"s": "abcc", "t": "ab"}, "ab", "the window at the very start", note_zh="窗口在最开头")
    yield Case({"s": "b", "t": "b"}, "b", "one letter, s equals t", note_zh="一个字母，s 等于 t")
    yield Case({"s": "zyxwv", "t": "vwxyz"}, "zyxwv", "t is an anagram of s: the whole of s",
               note_zh="t 是 s 的字母异位词：整个 s")
    yield Case({"s": "cabwefgewcwaefgcf", "t": "cae"}, "cwae", "a later, shorter window beats the first one",
               note_zh="后面更短的窗口胜过第一个窗口")
    yield Case({"s": "xaaybaazb", "t": "aabb"}, "baazb", "t repeats two letters", note_zh="t 中有两个字母重复")

    yield random_case(rng, 5, 20, "max: |s| = 10^5, t of 5 letters", "最大：|s| = 10^5，t 有 5 个字母")
    yield random_case(rng, 60, 12, "max: |s| = 10^5, t of 60 letters of 12 kinds",
                      "最大：|s| = 10^5，t 有 60 个字母，共 12 种")
    yield random_case(rng, 1000, 40, "max: |s| = 10^5, t of 1000 letters", "最大：|s| = 10^5，t 有 1000 个字母")
    yield random_case(rng, 20_000, 30, "max: |s| = 10^5, t of 2*10^4 letters: a long window",
                      "最大：|s| = 10^5，t 有 2*10^4 个字母：窗口很长")
    yield random_case(rng, 2000, 3, "max: |s| = 10^5, t of 2000 letters of 3 kinds: many repeats",
                      "最大：|s| = 10^5，t 有 2000 个字母，只有 3 种：大量重复")
    letters = [rng.choice(ascii_letters) for _ in range(N_MAX)]
    t = "".join(letters)
    rng.shuffle(letters)
    yield Case({"s": "".join(letters), "t": t}, "".join(letters), "max: |s| = |t| = 10^5, t is an anagram of s",
               note_zh="最大：|s| = |t| = 10^5，t 是 s 的字母异位词")
    s = "".join(rng.choice(ascii_letters) for _ in range(N_MAX))
    rare = min(ascii_letters, key=s.count)
    t = list(rare * (s.count(rare) + 1) + "".join(rng.choice(s) for _ in range(N_MAX - s.count(rare) - 1)))
    rng.shuffle(t)
    yield Case({"s": s, "t": "".join(t)}, "", "max: |s| = |t| = 10^5, t needs one more of a letter than s has",
               note_zh="最大：|s| = |t| = 10^5，t 需要的某个字母比 s 中多一个")
    s = "".join(rng.choice(ascii_letters.replace("Q", "")) for _ in range(N_MAX))
    yield Case({"s": s, "t": "Q"}, "", "max: |s| = 10^5, the only letter of t never occurs",
               note_zh="最大：|s| = 10^5，t 中唯一的字母从未出现")
    middle = N_MAX // 2
    yield Case({"s": "a" * middle + "b" + "c" * (N_MAX - middle - 1), "t": "ab"}, "ab",
               "max: |s| = 10^5, a single b between runs of a and c", note_zh="最大：|s| = 10^5，一串 a 和一串 c 之间只有一个 b")
    yield Case({"s": "a" * N_MAX, "t": "a" * N_MAX}, "a" * N_MAX, "max: |s| = |t| = 10^5, one letter",
               note_zh="最大：|s| = |t| = 10^5，只有一种字母")


def random_case(rng, m, kinds, note, note_zh):
    """s of 10^5 random letters; t of m letters drawn from `kinds` of them; then one minimum window left."""
    used = rng.sample(ascii_letters, kinds)
    spare = [c for c in ascii_letters if c not in used]
    t = "".join(rng.choice(used) for _ in range(m))
    s = [rng.choice(ascii_letters) for _ in range(N_MAX)]
    length, starts = minimum_windows(s, t)
    for start in starts[1:]:
        s[start + length - 1] = rng.choice(spare)
    return Case({"s": "".join(s), "t": t}, note=note, note_zh=note_zh)


def minimum_windows(s, t):
    """The length of the shortest window of s holding t's letters with their counts, and the start of every
    window of that length (length 0 and no starts when there is none), by the sliding window."""
    need = Counter(t)
    missing, left, best, starts = len(t), 0, 0, []
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing:
            continue
        while need[s[left]] < 0:
            need[s[left]] += 1
            left += 1
        size = right - left + 1
        if not starts or size < best:
            best, starts = size, [left]
        elif size == best:
            starts.append(left)
        need[s[left]] += 1
        missing += 1
        left += 1
    return best, starts


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    s, t = given["s"], given["t"]
    assert isinstance(s, str) and isinstance(t, str)
    assert 1 <= len(s) <= N_MAX and 1 <= len(t) <= N_MAX, "1 <= s.length, t.length <= 10^5"
    assert set(s) <= set(ascii_letters) and set(t) <= set(ascii_letters), "upper- and lower-case English letters"
    _, starts = minimum_windows(s, t)
    assert len(starts) <= 1, f"{len(starts)} minimum windows: the answer must be unique"


SIZES = (6250, 12_500, 25_000, 50_000, N_MAX)  # for `compare`: n, the length of s, with t of 100 letters


def sized_input(rng, n):
    """Random letters and a t of 100 from 20 kinds: the window slides across the whole of s."""
    used = rng.sample(ascii_letters, 20)
    return {"s": "".join(rng.choice(ascii_letters) for _ in range(n)), "t": "".join(rng.choice(used) for _ in range(100))}
