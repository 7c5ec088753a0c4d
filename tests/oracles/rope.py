"""RoPE element by element with Python floats: for every row and every pair, the pair's two features are found by
index, the angle is position * base ** (-2i / d) (math.pow), and the 2 x 2 rotation is written out.

Small inputs of both dtypes and 2 to 4 dimensions, both pairings, d = 2 upwards, positions with offsets, gaps and
repeats, and bases other than 10000.
"""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        dtype = rng.choice([np.float32, np.float64])
        lead = tuple(rng.randint(1, 3) for _ in range(rng.randint(0, 2)))
        length, d = rng.randint(1, 5), 2 * rng.randint(1, 4)
        top = 2048 if dtype is np.float32 else 131072
        start = rng.choice([0, 0, 7, 1000, top - 10])
        positions = gen.integers(start, min(start + 10, top), length)
        given = {"x": (gen.standard_normal(lead + (length, d)) * rng.choice([0.5, 1.0, 30.0])).clip(-100, 100)
                 .astype(dtype), "positions": positions.astype(np.int64)}
        if rng.random() < 0.5:
            given["base"] = rng.choice([10.0, 10000.0, 500000.0, 1e6])
        if rng.random() < 0.7:
            given["interleaved"] = rng.random() < 0.5
        yield given


def solve(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    out = np.zeros(x.shape, dtype=np.float64)
    for row in np.ndindex(*x.shape[:-1]):
        p = int(positions[row[-1]])
        for i in range(d // 2):
            first, second = (2 * i, 2 * i + 1) if interleaved else (i, i + d // 2)
            angle = p * math.pow(base, -2.0 * i / d)
            c, s = math.cos(angle), math.sin(angle)
            a, b = float(x[row + (first,)]), float(x[row + (second,)])
            out[row + (first,)] = a * c - b * s
            out[row + (second,)] = a * s + b * c
    return out.astype(x.dtype)
