"""A plain snake_case function, and the slowest approach LeetCode accepts: every one of the 2^(n-1) cuttings,
kept when every piece is a palindrome, each tested by a loop of two indices."""


def partition(s):
    def is_pal(t):
        i, j = 0, len(t) - 1
        while i < j:
            if t[i] != t[j]:
                return False
            i += 1
            j -= 1
        return True

    n = len(s)
    out = []
    for mask in range(1 << (n - 1)):
        pieces, last = [], 0
        for i in range(1, n):
            if mask >> (i - 1) & 1:
                pieces.append(s[last:i])
                last = i
        pieces.append(s[last:])
        if all(is_pal(p) for p in pieces):
            out.append(pieces)
    return out
