"""The three estimators with Python's decimal module, sample by sample, at 60 significant digits: logr =
Decimal(logp) - Decimal(logq) is exact, and the naive k3 = (exp(logr) - 1) - logr keeps ~44 digits even at
|logr| = 1e-8 (the cancellation costs 16), far beyond float64; each value is then rounded once to float64.

Small inputs of both dtypes: |logr| from the minimum (1e-8 in float64, 1e-2 in float32) to 50, exactly 0 in
float64 now and then, log-probs from per-token ones near 0 to sequence ones near -900, of one to three axes.
"""

import decimal
from decimal import Decimal

import numpy as np

CONTEXT = decimal.Context(prec=60)


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        dtype = rng.choice([np.float32, np.float64])
        shape = tuple(rng.randint(1, 4) for _ in range(rng.randint(1, 3)))
        low = 1.0001e-8 if dtype is np.float64 else 0.0101
        high = rng.choice([1e-6, 1e-3, 0.1, 2.0, 50.0])
        high = max(high, 2 * low)
        size = np.log10(high / low) * gen.random(shape) + np.log10(low)
        logr = np.where(gen.random(shape) < 0.5, -1.0, 1.0) * 10**size
        if dtype is np.float64 and rng.random() < 0.2:
            logr = np.where(gen.random(shape) < 0.5, 0.0, logr)
        depth = rng.choice([3.0, 20.0, 100.0 if dtype is np.float32 else 900.0])
        logq = -gen.uniform(0.0, depth, shape) - np.maximum(logr, 0.0)
        logp = logq + logr
        yield {"logp": logp.astype(dtype), "logq": logq.astype(dtype)}


def estimators(p, q):
    """(k1, k2, k3) of one sample, as floats, from its two log-probs (Python floats)."""
    logr = CONTEXT.subtract(Decimal(p), Decimal(q))
    r = CONTEXT.exp(logr)
    k3 = CONTEXT.subtract(CONTEXT.subtract(r, Decimal(1)), logr)
    return float(CONTEXT.minus(logr)), float(CONTEXT.divide(CONTEXT.multiply(logr, logr), 2)), float(k3)


def solve(logp, logq):
    values = [estimators(p, q) for p, q in zip(logp.ravel().tolist(), logq.ravel().tolist())]
    return tuple(np.array([v[i] for v in values], dtype=logp.dtype).reshape(logp.shape) for i in range(3))
