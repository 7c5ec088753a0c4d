"""The sinusoidal encoding with Python floats, one element at a time: column j belongs to pair j // 2, whose
frequency is 1 / base**(2 * (j // 2) / d_model); even columns take math.sin of the angle, odd columns math.cos.

Small inputs: lengths 1 to 40, d_model 1 to 24 (odd and even), bases from 2 to 10^6.
"""

import math

import numpy as np


def inputs(rng):
    while True:
        given = {"length": rng.randint(1, 40), "d_model": rng.randint(1, 24)}
        if rng.random() < 0.7:
            given["base"] = rng.choice([2.0, 100.0, 10000.0, 500000.0, 1e6, rng.uniform(2, 1e6)])
        yield given


def solve(length, d_model, base=10000.0):
    rows = []
    for p in range(length):
        row = []
        for j in range(d_model):
            frequency = 1.0 / base ** (2 * (j // 2) / d_model)
            row.append(math.sin(p * frequency) if j % 2 == 0 else math.cos(p * frequency))
        rows.append(row)
    return np.array(rows, dtype=np.float64)
