"""Grouped-query attention with Python floats and explicit indices: each projected feature is a sum over the input
features, query head h finds its kv head by counting groups of num_heads // num_kv_heads, each query scores the
keys it may see, and the output projection sums over all the heads' features.

Small inputs of both dtypes: every head count that divides E, every kv head count that divides it (MQA and MHA
included), causal or not.
"""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        b, length = rng.randint(1, 2), rng.randint(1, 5)
        e = rng.choice([1, 2, 3, 4, 6, 8, 12])
        h = rng.choice([n for n in range(1, e + 1) if e % n == 0])
        kv = rng.choice([n for n in range(1, h + 1) if h % n == 0])
        d = e // h
        dtype = rng.choice([np.float32, np.float64])
        given = {
            "x": gen.standard_normal((b, length, e)), "num_heads": h, "num_kv_heads": kv,
            "w_q": gen.uniform(-1, 1, (e, e)), "w_k": gen.uniform(-1, 1, (kv * d, e)),
            "w_v": gen.uniform(-1, 1, (kv * d, e)), "w_o": gen.uniform(-1, 1, (e, e)),
        }
        given = {name: a.astype(dtype) if isinstance(a, np.ndarray) else a for name, a in given.items()}
        if rng.random() < 0.8:
            given["causal"] = rng.random() < 0.5
        yield given


def project(tokens, W):
    """Every row of W applied to every token: [[sum_c token[c] * W[o][c] for o]]."""
    return [[math.fsum(float(t[c]) * float(row[c]) for c in range(len(t))) for row in W] for t in tokens]


def solve(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    b_size, length, e = x.shape
    d = e // num_heads
    per_kv = num_heads // num_kv_heads  # query heads per kv head
    out = np.zeros((b_size, length, e))
    for b in range(b_size):
        q, k, v = project(x[b], w_q), project(x[b], w_k), project(x[b], w_v)
        concat = [[0.0] * e for _ in range(length)]
        for h in range(num_heads):
            g = 0
            while (g + 1) * per_kv <= h:  # query heads g*per_kv .. (g+1)*per_kv - 1 share kv head g
                g += 1
            q_features = range(h * d, (h + 1) * d)
            kv_features = range(g * d, (g + 1) * d)
            for i in range(length):
                keys = range(i + 1) if causal else range(length)
                scores = [math.fsum(q[i][a] * k[j][c] for a, c in zip(q_features, kv_features)) / math.sqrt(d)
                          for j in keys]
                top = max(scores)
                weights = [math.exp(s - top) for s in scores]
                total = math.fsum(weights)
                for a, c in zip(q_features, kv_features):
                    concat[i][a] = math.fsum(w * v[j][c] for w, j in zip(weights, keys)) / total
        for i in range(length):
            for o in range(e):
                out[b, i, o] = math.fsum(concat[i][c] * float(w_o[o][c]) for c in range(e))
    return out.astype(x.dtype)
