"""Minimum Window Substring by testing every substring of short strings, shortest first; only inputs with a single
minimum window (LeetCode's guarantee) are drawn."""

ALPHABETS = ["ab", "abc", "aAbB", "xyzXYZ"]


def covers(window, t):
    return all(window.count(c) >= t.count(c) for c in set(t))


def windows_of_shortest_length(s, t):
    for length in range(1, len(s) + 1):
        found = [s[i:i + length] for i in range(len(s) - length + 1) if covers(s[i:i + length], t)]
        if found:
            return found
    return []


def inputs(rng):
    while True:
        alphabet = rng.choice(ALPHABETS)
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        if len(windows_of_shortest_length(s, t)) <= 1:
            yield {"s": s, "t": t}


def solve(s, t):
    found = windows_of_shortest_length(s, t)
    return found[0] if found else ""
