"""Multi-head attention with Python floats and explicit indices: each projected feature is a sum over the input
features, each head attends over its own slice of features, and the output projection sums over all of them.

Small inputs of both dtypes: self- and cross-attention, every head count that divides E, masks of every
broadcastable shape (fully blocked rows included).
"""

import math

import numpy as np


def random_mask_shape(rng, target):
    shape = [n if rng.random() < 0.6 else 1 for n in target]
    return tuple(shape[rng.randint(0, len(shape) - 2):])


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        b, lq, lk = rng.randint(1, 2), rng.randint(1, 4), rng.randint(1, 4)
        e = rng.choice([1, 2, 3, 4, 6, 8])
        h = rng.choice([n for n in range(1, e + 1) if e % n == 0])
        dtype = rng.choice([np.float32, np.float64])
        query = gen.standard_normal((b, lq, e))
        self_attention = lq == lk and rng.random() < 0.4
        key = query if self_attention else gen.standard_normal((b, lk, e))
        value = query if self_attention else gen.standard_normal((b, lk, e))
        given = {
            "query": query, "key": key, "value": value, "num_heads": h,
            "in_proj_weight": gen.uniform(-1, 1, (3 * e, e)), "in_proj_bias": gen.normal(0, 0.5, 3 * e),
            "out_proj_weight": gen.uniform(-1, 1, (e, e)), "out_proj_bias": gen.normal(0, 0.5, e),
        }
        given = {name: x.astype(dtype) if isinstance(x, np.ndarray) else x for name, x in given.items()}
        if rng.random() < 0.7:
            given["mask"] = gen.random(random_mask_shape(rng, (b, h, lq, lk))) < rng.choice([0.3, 0.7, 0.95])
        yield given


def project(x, W, bias, offset, e):
    """Rows offset..offset+e-1 of W applied to every token of x: [[sum_c x[t][c] * W[o][c] + bias[o]]]."""
    return [[math.fsum(float(row[c]) * float(W[offset + o][c]) for c in range(e)) + float(bias[offset + o])
             for o in range(e)] for row in x]


def solve(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight, out_proj_bias, mask=None):
    b_size, lq, e = query.shape
    lk = key.shape[1]
    size = e // num_heads
    allowed = np.broadcast_to(True if mask is None else mask, (b_size, num_heads, lq, lk))
    out = np.zeros((b_size, lq, e))
    for b in range(b_size):
        q = project(query[b], in_proj_weight, in_proj_bias, 0, e)
        k = project(key[b], in_proj_weight, in_proj_bias, e, e)
        v = project(value[b], in_proj_weight, in_proj_bias, 2 * e, e)
        concat = [[0.0] * e for _ in range(lq)]
        for h in range(num_heads):
            features = range(h * size, (h + 1) * size)
            for i in range(lq):
                keys = [j for j in range(lk) if allowed[b, h, i, j]]
                if not keys:
                    continue  # this head sees nothing: zeros before the output projection
                scores = {j: math.fsum(q[i][f] * k[j][f] for f in features) / math.sqrt(size) for j in keys}
                top = max(scores.values())
                weights = {j: math.exp(s - top) for j, s in scores.items()}
                total = math.fsum(weights.values())
                for f in features:
                    concat[i][f] = math.fsum(weights[j] * v[j][f] for j in keys) / total
        for i in range(lq):
            for o in range(e):
                out[b, i, o] = math.fsum(concat[i][c] * float(out_proj_weight[o][c]) for c in range(e)) + float(out_proj_bias[o])
    return out.astype(query.dtype)
