# Wrong: checks E % num_heads but never num_heads % num_kv_heads: it finds each query head's kv head as
# h * num_kv_heads // num_heads (the same as h // group when the heads divide), which stays in range for any
# counts, so a bad num_kv_heads returns an answer instead of raising ValueError.
import math

import numpy as np


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    D = E // num_heads
    kv_of = np.arange(num_heads) * num_kv_heads // num_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, D).transpose(0, 2, 1, 3)
    k = (x @ w_k.T).reshape(B, L, num_kv_heads, D).transpose(0, 2, 1, 3)[:, kv_of]
    v = (x @ w_v.T).reshape(B, L, num_kv_heads, D).transpose(0, 2, 1, 3)[:, kv_of]
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(D)
    if causal:
        scores = np.where(np.tri(L, dtype=bool), scores, -np.inf)
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))
    p = p / p.sum(axis=-1, keepdims=True)
    return (p @ v).transpose(0, 2, 1, 3).reshape(B, L, E) @ w_o.T
