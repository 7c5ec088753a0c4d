"""Letter Combinations by filtering: every string of len(digits) lowercase letters, kept when each letter is
printed on its digit's key (the keypad written out as a table of key, letter pairs)."""
from itertools import product

PRINTED = [("2", "a"), ("2", "b"), ("2", "c"), ("3", "d"), ("3", "e"), ("3", "f"), ("4", "g"), ("4", "h"),
           ("4", "i"), ("5", "j"), ("5", "k"), ("5", "l"), ("6", "m"), ("6", "n"), ("6", "o"), ("7", "p"),
           ("7", "q"), ("7", "r"), ("7", "s"), ("8", "t"), ("8", "u"), ("8", "v"), ("9", "w"), ("9", "x"),
           ("9", "y"), ("9", "z")]


def inputs(rng):
    while True:
        yield {"digits": "".join(rng.choice("23456789") for _ in range(rng.randint(0, 3)))}


def solve(digits):
    if not digits:
        return []
    return ["".join(word) for word in product("abcdefghijklmnopqrstuvwxyz", repeat=len(digits))
            if all((d, ch) in PRINTED for d, ch in zip(digits, word))]
