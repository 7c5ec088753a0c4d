"""Longest Common Subsequence by trying every subsequence of the shorter text (every subset of its positions)
and keeping the longest that is a subsequence of the other, on short texts over few letters."""


def inputs(rng):
    while True:
        letters = rng.choice(["a", "ab", "abc", "abcd", "xyzw"])
        yield {"text1": "".join(rng.choice(letters) for _ in range(rng.randint(1, 10))),
               "text2": "".join(rng.choice(letters) for _ in range(rng.randint(1, 10)))}


def is_subsequence(small, big):
    k = 0
    for c in big:
        if k < len(small) and small[k] == c:
            k += 1
    return k == len(small)


def solve(text1, text2):
    short, other = (text1, text2) if len(text1) <= len(text2) else (text2, text1)
    best = 0
    for mask in range(1 << len(short)):
        candidate = "".join(short[i] for i in range(len(short)) if mask >> i & 1)
        if len(candidate) > best and is_subsequence(candidate, other):
            best = len(candidate)
    return best
