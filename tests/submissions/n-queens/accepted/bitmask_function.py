"""A plain snake_case function with bitmasks: the free columns as one integer, the lowest bit taken each step."""


def solve_n_queens(n):
    full = (1 << n) - 1
    out = []

    def go(cols, downs, ups, placed):
        if cols == full:
            out.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
            return
        free = full & ~(cols | downs | ups)
        while free:
            bit = free & -free
            free -= bit
            go(cols | bit, (downs | bit) << 1 & full, (ups | bit) >> 1, placed + [bit.bit_length() - 1])

    go(0, 0, 0, [])
    return out
