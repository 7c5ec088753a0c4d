# Wrong: hides the later keys with -1e9 (finite) instead of -inf: right while every visible score is far above
# -1e9, wrong when the visible scores are below it (the hidden keys then take all the weight).
import math

import numpy as np


def split_heads(t, n):
    b, length, width = t.shape
    return t.reshape(b, length, n, width // n).transpose(0, 2, 1, 3)


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads or num_heads % num_kv_heads:
        raise ValueError("E % num_heads and num_heads % num_kv_heads must be 0")
    D, group = E // num_heads, num_heads // num_kv_heads
    q = split_heads(x @ w_q.T, num_heads)
    k = np.repeat(split_heads(x @ w_k.T, num_kv_heads), group, axis=1)
    v = np.repeat(split_heads(x @ w_v.T, num_kv_heads), group, axis=1)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(D)
    if causal:
        scores = np.where(np.tri(L, dtype=bool), scores, -1e9)
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))
    p = p / p.sum(axis=-1, keepdims=True)
    out = (p @ v).transpose(0, 2, 1, 3).reshape(B, L, E)
    return out @ w_o.T
