"""Decode String by rewriting: replace an innermost `k[letters]` (a bracket with no bracket inside) by the letters
repeated k times, until no bracket is left. Random short encodings: nested, side by side, with multi-digit counts."""
import re

INNERMOST = re.compile(r"(\d+)\[([a-z]*)\]")


def inputs(rng):
    while True:
        s = encoding(rng, 3)
        if 1 <= len(s) <= 30 and decoded_length(s) <= 10**5:
            yield {"s": s}


def encoding(rng, depth):
    parts = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if depth > 0 and roll < 0.5:
            k = rng.choice([1, 2, 3, 9, 10, 12, 21, 300])
            parts.append(f"{k}[{encoding(rng, depth - 1)}]")
        else:
            parts.append("".join(rng.choice("abcxyz") for _ in range(rng.randint(1, 3))))
    return "".join(parts)


def decoded_length(s):
    """The length of the decoding, without building it (a 300[300[300[a]]] would be 2.7*10^7 letters)."""
    stack, length, count = [], 0, 0
    for c in s:
        if c.isdigit():
            count = count * 10 + int(c)
        elif c == "[":
            stack.append((length, count))
            length, count = 0, 0
        elif c == "]":
            before, k = stack.pop()
            length = before + length * k
        else:
            length += 1
    return length


def solve(s):
    while "[" in s:
        s = INNERMOST.sub(lambda m: m.group(2) * int(m.group(1)), s, count=1)
    return s
