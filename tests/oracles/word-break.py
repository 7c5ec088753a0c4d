"""Word Break by trying every way to cut s: each of the len(s) - 1 gaps is cut or not, and a cutting works when
every piece is in the dictionary."""


def inputs(rng):
    while True:
        letters = rng.choice(["a", "ab", "abc"])
        vocabulary = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
                             for _ in range(rng.randint(1, 6))})
        if rng.random() < 0.5:
            s = "".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 4)))[:12]
        else:
            s = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
        yield {"s": s, "wordDict": vocabulary}


def solve(s, wordDict):
    n = len(s)
    for cuts in range(1 << (n - 1)):
        pieces, start = [], 0
        for gap in range(1, n):
            if cuts >> (gap - 1) & 1:
                pieces.append(s[start:gap])
                start = gap
        pieces.append(s[start:])
        if all(piece in wordDict for piece in pieces):
            return True
    return False
