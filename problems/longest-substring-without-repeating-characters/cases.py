"""Hidden tests for longest-substring-without-repeating-characters: the classic traps with pinned answers, then
seeded strings of the maximal length, two of them with the longest possible answer (95, every allowed character),
which is also the worst case of the accepted O(n x 95) "restart from every start" scan."""

from harness.catalogue.cases import Case

N_MAX = 5 * 10**4
ALPHABET = "".join(map(chr, range(32, 127)))  # English letters, digits, symbols and the space: 95 characters
LOWER = "abcdefghijklmnopqrstuvwxyz"


def hidden_cases(rng):
    yield Case({"s": "abba"}, 2, "the left edge must not move back: jumping past the first a answers 3")
    yield Case({"s": ""}, 0, "the empty string")
    yield Case({"s": " "}, 1, "a single space")
    yield Case({"s": "dvdf"}, 3, "keep what follows the earlier copy: restarting at the repeat answers 2")
    yield Case({"s": "pwwkew"}, 3, "a substring, not a subsequence")
    yield Case({"s": "bbbbb"}, 1, "one character repeated")
    yield Case({"s": "au"}, 2, "no repeat at all: the final window counts")
    yield Case({"s": "tmmzuxt"}, 5, "a repeat from before the window must be ignored")
    yield Case({"s": "abcabcbb"}, 3, "the answer occurs several times")
    yield Case({"s": "aab"}, 2, "the repeat at the start")
    yield Case({"s": "abcdd"}, 4, "the repeat at the end")
    yield Case({"s": "aabcdef"}, 6, "the longest window ends at the last character")
    yield Case({"s": "Aa"}, 2, "upper and lower case differ")
    yield Case({"s": "hello world"}, 6, "spaces count as characters")
    yield Case({"s": "!@#$%^&*()_+{}|:<>?~`-=[]\\;',./\"!"}, 32, "symbols, the first one repeated at the end")
    yield Case({"s": "01234567890123"}, 10, "digits")
    yield Case({"s": ALPHABET}, 95, "every allowed character once")
    yield Case({"s": "abcdefghijklmnopqrstuvwxyz{}~ z"}, 30, "the repeated character sits far back in the window")

    cycle = shuffled(rng, ALPHABET)
    yield Case({"s": (cycle * (N_MAX // 95 + 1))[:N_MAX]}, 95, "n = 5*10^4, all 95 characters cycling: answer 95")
    yield Case({"s": "b" * N_MAX}, 1, "n = 5*10^4, one character repeated")
    tail = "a" + shuffled(rng, ALPHABET.replace("a", ""))
    yield Case({"s": "a" * (N_MAX - 95) + tail}, 95, "n = 5*10^4, the only long window ends at the very end")
    head = shuffled(rng, ALPHABET)
    yield Case({"s": head + head[0] * (N_MAX - 95)}, 95, "n = 5*10^4, the long window at the very start")
    yield Case({"s": random_string(rng, ALPHABET, N_MAX)}, note="n = 5*10^4, random printable characters")
    yield Case({"s": random_string(rng, LOWER, N_MAX)}, note="n = 5*10^4, random lower-case letters")
    yield Case({"s": random_string(rng, "abcd", N_MAX)}, note="n = 5*10^4, four letters: many short windows")
    yield Case({"s": words(rng, N_MAX)}, note="n = 5*10^4, words separated by spaces")
    copies = "".join(shuffled(rng, ALPHABET) for _ in range(N_MAX // 95 + 1))[:N_MAX]
    yield Case({"s": copies}, note="n = 5*10^4, shuffled copies of all 95 characters back to back")


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
