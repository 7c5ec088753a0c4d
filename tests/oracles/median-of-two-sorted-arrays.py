"""Median of Two Sorted Arrays by putting both arrays together, sorting, and averaging the middle one or two
values, exactly (fractions); small arrays, either of them possibly empty, values from a narrow or a wide range."""

from fractions import Fraction


def inputs(rng):
    while True:
        spread = rng.choice([2, 10, 10**6])
        m, n = rng.randint(0, 7), rng.randint(0, 7)
        if m + n == 0:
            continue
        yield {"nums1": sorted(rng.randint(-spread, spread) for _ in range(m)),
               "nums2": sorted(rng.randint(-spread, spread) for _ in range(n))}


def solve(nums1, nums2):
    values = sorted(nums1 + nums2)
    total = len(values)
    if total % 2:
        return float(values[total // 2])
    return float(Fraction(values[total // 2 - 1] + values[total // 2], 2))
