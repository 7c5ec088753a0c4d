"""Generate Parentheses by trying all 2^(2n) strings of "(" and ")" of length 2n and keeping the balanced ones;
cached per n, since n takes only eight values."""

from functools import cache
from itertools import product


def inputs(rng):
    while True:
        yield {"n": rng.randint(1, 8)}


def balanced(text):
    depth = 0
    for ch in text:
        depth += 1 if ch == "(" else -1
        if depth < 0:
            return False
    return depth == 0


@cache
def _all_balanced(n):
    return tuple("".join(chars) for chars in product("()", repeat=2 * n) if balanced(chars))


def solve(n):
    return list(_all_balanced(n))
