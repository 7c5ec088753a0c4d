"""RMS norm row by row with Python floats (math.fsum for the mean of squares), on small arrays of both dtypes:
rows with offsets, tiny and large scales, zero rows, weight present or not, several eps."""

import itertools
import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        ndim = rng.randint(1, 3)
        shape = tuple(rng.randint(1, 5) for _ in range(ndim))
        dtype = rng.choice([np.float32, np.float64])
        scale = rng.choice([1e-4, 1e-3, 0.1, 1.0, 1e4])
        x = scale * (rng.uniform(-2, 2) + gen.standard_normal(shape))
        if rng.random() < 0.1:
            x[..., :] = 0.0
        given = {"x": x.astype(dtype)}
        if rng.random() < 0.7:
            given["weight"] = gen.normal(1, 0.5, shape[-1]).astype(dtype)
        elif rng.random() < 0.5:
            given["weight"] = None
        if rng.random() < 0.5:
            given["eps"] = rng.choice([1e-8, 1e-6, 1e-5, 0.1, 1.0])
        yield given


def solve(x, weight=None, eps=1e-6):
    out = np.zeros(x.shape, dtype=np.float64)
    d = x.shape[-1]
    for lead in itertools.product(*[range(n) for n in x.shape[:-1]]):
        row = [float(x[lead + (j,)]) for j in range(d)]
        root = math.sqrt(math.fsum(v * v for v in row) / d + eps)
        for j, v in enumerate(row):
            out[lead + (j,)] = v / root * (1.0 if weight is None else float(weight[j]))
    return out.astype(x.dtype)
