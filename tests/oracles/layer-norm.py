"""Layer norm group by group with Python floats (math.fsum for the mean and the variance), on small arrays of both
dtypes: normalized shapes of 1 to 3 axes, weight and bias present or not, offsets far from 0, tiny scales."""

import itertools
import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        ndim = rng.randint(1, 4)
        shape = tuple(rng.randint(1, 4) for _ in range(ndim))
        k = rng.randint(1, min(3, ndim))
        normalized = shape[ndim - k:]
        dtype = rng.choice([np.float32, np.float64])
        offset = rng.choice([0.0, 5.0, -300.0]) if dtype is np.float32 else rng.choice([0.0, 5.0, -300.0, 1e4])
        scale = rng.choice([1e-3, 0.1, 1.0, 30.0])
        x = offset + scale * gen.standard_normal(shape)
        given = {"x": x.astype(dtype), "normalized_shape": normalized}
        for name, centre in (("weight", 1.0), ("bias", 0.0)):
            if rng.random() < 0.7:
                given[name] = gen.normal(centre, 0.5, normalized).astype(dtype)
            elif rng.random() < 0.5:
                given[name] = None
        if rng.random() < 0.5:
            given["eps"] = rng.choice([1e-8, 1e-5, 1e-3, 0.1, 1.0])
        yield given


def solve(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    k = len(normalized_shape)
    lead = x.shape[:x.ndim - k]
    out = np.zeros(x.shape, dtype=np.float64)
    inner = list(itertools.product(*[range(n) for n in normalized_shape]))
    for outer in itertools.product(*[range(n) for n in lead]):
        values = [float(x[outer + j]) for j in inner]
        mean = math.fsum(values) / len(values)
        var = math.fsum((v - mean) ** 2 for v in values) / len(values)
        for j, v in zip(inner, values):
            y = (v - mean) / math.sqrt(var + eps)
            if weight is not None:
                y *= float(weight[j])
            if bias is not None:
                y += float(bias[j])
            out[outer + j] = y
    return out.astype(x.dtype)
