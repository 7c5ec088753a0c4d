"""Valid Parentheses by its definition, tried every way: a string is valid when it is empty, or when its first
character is an opener closed by the matching closer at some position k, with the part between them valid and the
part after k valid. Every k is tried (memoised per substring). Short strings over a few kinds of bracket, so that
valid strings are common."""

from functools import cache

PAIRS = {"(": ")", "[": "]", "{": "}"}


def inputs(rng):
    while True:
        n = rng.randint(1, 12)
        alphabet = rng.choice(["()", "()[]", "()[]{}", "([", "({]}"])
        if rng.random() < 0.4:  # build a valid one, then maybe change one character
            chars = list(_valid(rng, n // 2 or 1, alphabet if len(alphabet) >= 2 else "()"))
            if rng.random() < 0.5:
                chars[rng.randrange(len(chars))] = rng.choice("()[]{}")
            yield {"s": "".join(chars)}
        else:
            yield {"s": "".join(rng.choice(alphabet) for _ in range(n))}


def _valid(rng, pairs, alphabet):
    kinds = [k for k in "([{" if k in alphabet] or ["("]
    if pairs == 0:
        return ""
    inner = rng.randint(0, pairs - 1)
    k = rng.choice(kinds)
    return k + _valid(rng, inner, alphabet) + PAIRS[k] + _valid(rng, pairs - 1 - inner, alphabet)


def solve(s):
    @cache
    def valid(i, j):  # s[i:j]
        if i == j:
            return True
        if s[i] not in PAIRS:
            return False
        return any(s[k] == PAIRS[s[i]] and valid(i + 1, k) and valid(k + 1, j) for k in range(i + 1, j))

    return valid(0, len(s))
