"""Attention one query row at a time with Python floats: explicit dot products, a max-shifted exp, a weighted sum.

Small inputs of both dtypes, 0 to 2 batch dimensions, and masks of every broadcastable shape (fully blocked rows
included).
"""

import math

import numpy as np


def random_mask_shape(rng, target):
    """A shape that broadcasts to `target`: some leading dimensions dropped, some others set to 1."""
    shape = [n if rng.random() < 0.6 else 1 for n in target]
    return tuple(shape[rng.randint(0, len(shape) - 2):])


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        batch = tuple(rng.randint(1, 3) for _ in range(rng.randint(0, 2)))
        lq, lk, d, dv = (rng.randint(1, 4) for _ in range(4))
        dtype = rng.choice([np.float32, np.float64])
        scale = rng.choice([0.5, 1.0, 2.0])
        given = {
            "q": (gen.standard_normal((*batch, lq, d)) * scale).astype(dtype),
            "k": (gen.standard_normal((*batch, lk, d)) * scale).astype(dtype),
            "v": gen.standard_normal((*batch, lk, dv)).astype(dtype),
        }
        if rng.random() < 0.7:
            given["mask"] = gen.random(random_mask_shape(rng, (*batch, lq, lk))) < rng.choice([0.3, 0.7, 0.95])
        yield given


def solve(q, k, v, mask=None):
    batch, (lq, d), lk, dv = q.shape[:-2], q.shape[-2:], k.shape[-2], v.shape[-1]
    allowed = np.broadcast_to(True if mask is None else mask, (*batch, lq, lk))
    out = np.zeros((*batch, lq, dv))
    for b in np.ndindex(*batch):
        for i in range(lq):
            keys = [j for j in range(lk) if allowed[b + (i, j)]]
            if not keys:
                continue  # every key blocked: zeros
            scores = {j: math.fsum(float(q[b + (i, t)]) * float(k[b + (j, t)]) for t in range(d)) / math.sqrt(d)
                      for j in keys}
            top = max(scores.values())
            weights = {j: math.exp(s - top) for j, s in scores.items()}
            total = math.fsum(weights.values())
            for c in range(dv):
                out[b + (i, c)] = math.fsum(weights[j] * float(v[b + (j, c)]) for j in keys) / total
    return out.astype(q.dtype)
