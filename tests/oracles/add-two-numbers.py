"""Add Two Numbers on plain values: read each list as a Python int (its digits reversed), add, and write the sum's
digits back, least significant first."""


def inputs(rng):
    while True:
        case = {}
        for name in ("l1", "l2"):
            digits = [rng.choice([0, 9, rng.randint(0, 9)]) for _ in range(rng.randint(1, 7))]
            if len(digits) > 1 and digits[-1] == 0:
                digits[-1] = rng.randint(1, 9)
            case[name] = digits
        yield case


def solve(l1, l2):
    total = int("".join(map(str, reversed(l1)))) + int("".join(map(str, reversed(l2))))
    return [int(ch) for ch in reversed(str(total))]
