# Wrong: checks num_heads % num_kv_heads but never E % num_heads: with heads of E // num_heads features written
# into a (B, L, E) buffer slice by slice, nothing fails on a bad num_heads and an answer comes back.
import math

import numpy as np


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if num_heads % num_kv_heads:
        raise ValueError("num_heads must be a multiple of num_kv_heads")
    D, group = E // num_heads, num_heads // num_kv_heads
    Q, K, V = x @ w_q.T, x @ w_k.T, x @ w_v.T
    merged = np.zeros((B, L, E), dtype=x.dtype)
    hidden = np.triu(np.ones((L, L), dtype=bool), k=1) if causal else np.zeros((L, L), dtype=bool)
    for h in range(num_heads):
        g = h // group
        q, k, v = Q[..., h * D:(h + 1) * D], K[..., g * D:(g + 1) * D], V[..., g * D:(g + 1) * D]
        scores = np.where(hidden, -np.inf, q @ k.transpose(0, 2, 1) / math.sqrt(D))
        weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
        merged[..., h * D:(h + 1) * D] = weights / weights.sum(axis=-1, keepdims=True) @ v
    return merged @ w_o.T
