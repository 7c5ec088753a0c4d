"""Longest Substring Without Repeating Characters by checking every substring, on short strings over small
alphabets (so that repeats are common) and now and then over all 95 printable characters."""

ALPHABETS = ["a", "ab", "abc", "abcde", "aA b", "".join(map(chr, range(32, 127)))]


def inputs(rng):
    while True:
        alphabet = rng.choice(ALPHABETS)
        n = rng.randint(0, 16)
        yield {"s": "".join(rng.choice(alphabet) for _ in range(n))}


def solve(s):
    return max((j - i for i in range(len(s) + 1) for j in range(i, len(s) + 1) if len(set(s[i:j])) == j - i), default=0)
