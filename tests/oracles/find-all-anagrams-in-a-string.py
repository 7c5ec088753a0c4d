"""Find All Anagrams by sorting every window of len(p) letters and comparing it with sorted p, on short strings
over small alphabets (so that anagrams are common), p now and then longer than s."""


def inputs(rng):
    while True:
        alphabet = rng.choice(["a", "ab", "abc", "abcd", "xyz", "abcdefghijklmnopqrstuvwxyz"])
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        p = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.3:
            p = "".join(rng.sample(s, min(len(s), rng.randint(1, 5))))
        yield {"s": s, "p": p}


def solve(s, p):
    target = sorted(p)
    return [i for i in range(len(s) - len(p) + 1) if sorted(s[i:i + len(p)]) == target]
