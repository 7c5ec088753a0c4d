# Runtime error: x @ W for every projection, as if the weights were (in, out): x @ w_k needs E == num_kv_heads * D,
# so the first case with fewer kv heads than heads fails with a shape error in matmul.
import math

import numpy as np


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads or num_heads % num_kv_heads:
        raise ValueError("bad head counts")
    D, group = E // num_heads, num_heads // num_kv_heads
    q = (x @ w_q).reshape(B, L, num_heads, D).transpose(0, 2, 1, 3)
    k = (x @ w_k).reshape(B, L, num_kv_heads, D).transpose(0, 2, 1, 3).repeat(group, axis=1)
    v = (x @ w_v).reshape(B, L, num_kv_heads, D).transpose(0, 2, 1, 3).repeat(group, axis=1)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(D)
    if causal:
        scores = np.where(np.tri(L, dtype=bool), scores, -np.inf)
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))
    p = p / p.sum(axis=-1, keepdims=True)
    return (p @ v).transpose(0, 2, 1, 3).reshape(B, L, E) @ w_o
