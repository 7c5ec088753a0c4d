"""Longest Palindromic Substring by checking every substring, character by character from both ends."""


def inputs(rng):
    while True:
        n = rng.randint(1, 14)
        alphabet = rng.choice(["ab", "abc", "aB1", "xyz0"])
        yield {"s": "".join(rng.choice(alphabet) for _ in range(n))}


def is_palindrome(t):
    return all(t[k] == t[len(t) - 1 - k] for k in range(len(t) // 2))


def solve(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if j - i > len(best) and is_palindrome(s[i:j]):
                best = s[i:j]
    return best
