"""Attention one query row at a time with Python floats: every score, a max-shifted exp over the visible keys, a
weighted average of v. No blocks at all: the blocking must not change the answer.

Small inputs of both dtypes, block sizes from 1 to beyond Lk, causal or not, and score scales from 0.5 to the
hundreds (the large ones from integers, exact in float32 too).
"""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        causal = rng.random() < 0.4
        lq, lk = rng.randint(1, 7), rng.randint(1, 7)
        if causal:
            lk = lq
        d, dv = rng.randint(1, 5), rng.randint(1, 5)
        dtype = rng.choice([np.float32, np.float64])
        if rng.random() < 0.25:  # large scores, exact in either dtype
            q = gen.integers(-30, 31, (lq, d)).astype(dtype)
            k = gen.integers(-30, 31, (lk, d)).astype(dtype)
        else:
            scale = rng.choice([0.5, 1.0, 2.0])
            q = (gen.standard_normal((lq, d)) * scale).astype(dtype)
            k = (gen.standard_normal((lk, d)) * scale).astype(dtype)
        given = {"q": q, "k": k, "v": gen.standard_normal((lk, dv)).astype(dtype)}
        if rng.random() < 0.8:
            given["block_size"] = rng.randint(1, lk + 2)
        if causal or rng.random() < 0.2:
            given["causal"] = causal
        yield given


def solve(q, k, v, block_size=64, causal=False):
    (lq, d), lk, dv = q.shape, k.shape[0], v.shape[1]
    out = np.zeros((lq, dv))
    for i in range(lq):
        keys = range(i + 1) if causal else range(lk)
        scores = [math.fsum(float(q[i, t]) * float(k[j, t]) for t in range(d)) / math.sqrt(d) for j in keys]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = math.fsum(weights)
        for c in range(dv):
            out[i, c] = math.fsum(w * float(v[j, c]) for w, j in zip(weights, keys)) / total
    return out.astype(q.dtype)
