# Accepted, the slowest: Python loops over batch elements and query heads, each head's attention in NumPy, its kv
# head found by integer division.
import math

import numpy as np


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads:
        raise ValueError("E % num_heads != 0")
    if num_heads % num_kv_heads:
        raise ValueError("num_heads % num_kv_heads != 0")
    d = E // num_heads
    group = num_heads // num_kv_heads
    hidden = np.triu(np.ones((L, L), dtype=bool), k=1) if causal else np.zeros((L, L), dtype=bool)
    concat = np.zeros((B, L, E), dtype=x.dtype)
    for b in range(B):
        Q, K, V = x[b] @ w_q.T, x[b] @ w_k.T, x[b] @ w_v.T
        for h in range(num_heads):
            g = h // group
            qh, kh, vh = Q[:, h * d:(h + 1) * d], K[:, g * d:(g + 1) * d], V[:, g * d:(g + 1) * d]
            s = qh @ kh.T / math.sqrt(d)
            s[hidden] = -np.inf
            p = np.exp(s - s.max(axis=1, keepdims=True))
            concat[b, :, h * d:(h + 1) * d] = (p / p.sum(axis=1, keepdims=True)) @ vh
    return concat @ w_o.T
