# Accepted, the slowest: Python loops over batch elements and heads, each head's attention in NumPy.
import math

import numpy as np


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, mask=None):
    B, Lq, E = query.shape
    Lk = key.shape[1]
    if E % num_heads:
        raise ValueError("E % num_heads != 0")
    d = E // num_heads
    W_q, W_k, W_v = np.split(in_proj_weight, 3)
    b_q, b_k, b_v = np.split(in_proj_bias, 3)
    allowed = np.broadcast_to(mask if mask is not None else True, (B, num_heads, Lq, Lk))
    concat = np.zeros((B, Lq, E), dtype=query.dtype)
    for b in range(B):
        Q, K, V = query[b] @ W_q.T + b_q, key[b] @ W_k.T + b_k, value[b] @ W_v.T + b_v
        for h in range(num_heads):
            cols = slice(h * d, (h + 1) * d)
            s = Q[:, cols] @ K[:, cols].T / math.sqrt(d)
            s = np.where(allowed[b, h], s, -np.inf)
            seen = allowed[b, h].any(axis=1)
            s[~seen] = 0  # rows with no key: computed as uniform, then zeroed below
            p = np.exp(s - s.max(axis=1, keepdims=True))
            p = p / p.sum(axis=1, keepdims=True) * seen[:, None]
            concat[b, :, cols] = p @ V[:, cols]
    return concat @ out_proj_weight.T + out_proj_bias
