"""Longest Valid Parentheses by checking every substring with a depth counter, longest first."""


def inputs(rng):
    while True:
        n = rng.randint(0, 14)
        p = rng.choice([0.3, 0.5, 0.7])
        yield {"s": "".join("(" if rng.random() < p else ")" for _ in range(n))}


def balanced(t):
    depth = 0
    for ch in t:
        depth += 1 if ch == "(" else -1
        if depth < 0:
            return False
    return depth == 0


def solve(s):
    for length in range(len(s), 0, -1):
        for start in range(len(s) - length + 1):
            if balanced(s[start:start + length]):
                return length
    return 0
