"""Palindrome Partitioning by trying every subset of the n - 1 cut positions and keeping the cuttings whose
pieces all read the same reversed; short strings over one to three letters (many palindromes) or more."""

from itertools import product


def inputs(rng):
    while True:
        letters = rng.choice(["a", "ab", "abc", "abcdefghij"])
        yield {"s": "".join(rng.choice(letters) for _ in range(rng.randint(1, 10)))}


def solve(s):
    found = []
    for cuts in product([False, True], repeat=len(s) - 1):
        pieces, piece = [], s[0]
        for cut, ch in zip(cuts, s[1:]):
            if cut:
                pieces.append(piece)
                piece = ch
            else:
                piece += ch
        pieces.append(piece)
        if all(p == p[::-1] for p in pieces):
            found.append(pieces)
    return found
