"""Hidden tests for longest-substring-without-repeating-characters: the classic traps with pinned answers, then
seeded strings of the maximal length, two of them with the longest possible answer (95, every allowed character),
which is also the worst case of the accepted O(n x 95) "restart from every start" scan."""

from harness.catalogue.cases import Case

N_MAX = 5 * 10**4
ALPHABET = "".join(map(chr, range(32, 127)))  # English letters, digits, symbols and the space: 95 characters
LOWER = "abcdefghijklmnopqrstuvwxyz"


def hidden_cases(rng):
    yield Case({"s": "abba"}, 2, "the left edge must not move back: jumping past the first a answers 3",
               note_zh="左边界不能向回移动：跳到第一个 a 之后会得到 3")
    yield Case({"s": ""}, 0, "the empty string", note_zh="空字符串")
    yield Case({"s": " "}, 1, "a single space", note_zh="单个空格")
    yield Case({"s": "dvdf"}, 3, "keep what follows the earlier copy: restarting at the repeat answers 2",
               note_zh="保留先前那次出现之后的部分：从重复字符处重新开始会得到 2")
    yield Case({"s": "pwwkew"}, 3, "a substring, not a subsequence", note_zh="是子串，而不是子序列")
    yield Case({"s": "bbbbb"}, 1, "one character repeated", note_zh="同一个字符重复")
    yield Case({"s": "au"}, 2, "no repeat at all: the final window counts", note_zh="完全没有重复：最后的窗口也要计入")
    yield Case({"s": "tmmzuxt"}, 5, "a repeat from before the window must be ignored", note_zh="窗口之前的重复必须忽略")
    yield Case({"s": "abcabcbb"}, 3, "the answer occurs several times", note_zh="答案出现多次")
    yield Case({"s": "aab"}, 2, "the repeat at the start", note_zh="重复在开头")
    yield Case({"s": "abcdd"}, 4, "the repeat at the end", note_zh="重复在末尾")
    yield Case({"s": "aabcdef"}, 6, "the longest window ends at the last character", note_zh="最长的窗口以最后一个字符结尾")
    yield Case({"s": "Aa"}, 2, "upper and lower case differ", note_zh="大小写视为不同字符")
    yield Case({"s": "hello world"}, 6, "spaces count as characters", note_zh="空格也算字符")
    yield Case({"s": "!@#$%^&*()_+{}|:<>?~`-=[]\\;',./\"!"}, 32, "symbols, the first one repeated at the end",
               note_zh="符号，第一个符号在末尾重复出现")
    yield Case({"s": "01234567890123"}, 10, "digits", note_zh="数字")
    yield Case({"s": ALPHABET}, 95, "every allowed character once", note_zh="每个允许的字符各出现一次")
    yield Case({"s": "abcdefghijklmnopqrstuvwxyz{}~ z"}, 30, "the repeated character sits far back in the window",
               note_zh="重复字符的上一次出现位于窗口中很靠前的位置")

    cycle = shuffled(rng, ALPHABET)
    yield Case({"s": (cycle * (N_MAX // 95 + 1))[:N_MAX]}, 95, "n = 5*10^4, all 95 characters cycling: answer 95",
               note_zh="n = 5*10^4，全部 95 个字符循环出现：答案为 95")
    yield Case({"s": "b" * N_MAX}, 1, "n = 5*10^4, one character repeated", note_zh="n = 5*10^4，同一个字符重复")
    tail = "a" + shuffled(rng, ALPHABET.replace("a", ""))
    yield Case({"s": "a" * (N_MAX - 95) + tail}, 95, "n = 5*10^4, the only long window ends at the very end",
               note_zh="n = 5*10^4，唯一的长窗口在最末尾结束")
    head = shuffled(rng, ALPHABET)
    yield Case({"s": head + head[0] * (N_MAX - 95)}, 95, "n = 5*10^4, the long window at the very start",
               note_zh="n = 5*10^4，长窗口在最开头")
    yield Case({"s": random_string(rng, ALPHABET, N_MAX)}, note="n = 5*10^4, random printable characters",
               note_zh="n = 5*10^4，随机可打印字符")
    yield Case({"s": random_string(rng, LOWER, N_MAX)}, note="n = 5*10^4, random lower-case letters",
               note_zh="n = 5*10^4，随机小写字母")
    yield Case({"s": random_string(rng, "abcd", N_MAX)}, note="n = 5*10^4, four letters: many short windows",
               note_zh="n = 5*10^4，只有四种字母：大量短窗口")
    yield Case({"s": words(rng, N_MAX)}, note="n = 5*10^4, words separated by spaces", note_zh="n = 5*10^4，以空格分隔的单词")
    copies = "".join(shuffled(rng, ALPHABET) for _ in range(N_MAX // 95 + 1))[:N_MAX]
    yield Case({"s": copies}, note="n = 5*10^4, shuffled copies of all 95 characters back to back",
               note_zh="n = 5*10^4，全部 95 个字符的多份随机排列首尾相接")


def shuffled(rng, text):
    chars = list(text)
    rng.shuffle(chars)
    return "".join(chars)


def random_string(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def words(rng, n):
    letters = LOWER + LOWER.upper()
    parts, size = [], 0
    while size < n:
        word = random_string(rng, letters, rng.randint(1, 12))
        parts.append(word)
        size += len(word) + 1
    return " ".join(parts)[:n]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    s = given["s"]
    assert isinstance(s, str), f"s must be a string, got {type(s).__name__}"
    assert len(s) <= N_MAX, f"len(s) = {len(s)}"
    assert all(" " <= c <= "~" for c in s), "s holds only printable ASCII (letters, digits, symbols, spaces)"


SIZES = (3125, 6250, 12_500, 25_000, 50_000)  # for `compare`: len(s)


def sized_input(rng, n):
    return {"s": random_string(rng, ALPHABET, n)}
