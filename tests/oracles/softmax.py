"""Softmax slice by slice with Python floats (math.exp, math.fsum), on small arrays of both dtypes with -inf."""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        ndim = rng.randint(1, 3)
        shape = tuple(rng.randint(1, 4) for _ in range(ndim))
        scale = rng.choice([0.1, 1.0, 10.0, 300.0])
        x = gen.normal(rng.choice([0.0, 1000.0, -1000.0]), scale, shape).clip(-1e4, 1e4)
        x[gen.random(shape) < 0.25] = -math.inf
        axis = rng.randrange(-ndim, ndim)
        if not np.isfinite(x).any(axis=axis).all():
            continue
        given = {"x": x.astype(rng.choice([np.float32, np.float64]))}
        if rng.random() < 0.8 or axis != -1:
            given["axis"] = axis
        yield given


def solve(x, axis=-1):
    out = np.zeros(x.shape, dtype=np.float64)
    axis %= x.ndim
    others = [range(n) for i, n in enumerate(x.shape) if i != axis]
    for rest in np.ndindex(*[len(r) for r in others]):
        index = lambda j: rest[:axis] + (j,) + rest[axis:]  # noqa: E731
        values = [float(x[index(j)]) for j in range(x.shape[axis])]
        top = max(values)
        exps = [math.exp(v - top) for v in values]
        total = math.fsum(exps)
        for j, e in enumerate(exps):
            out[index(j)] = e / total
    return out.astype(x.dtype)
