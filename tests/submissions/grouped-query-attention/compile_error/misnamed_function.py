# Compile error: the entry point is misnamed (gqa instead of grouped_query_attention), so the grader finds nothing
# to call.
import math

import numpy as np


def gqa(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    D, group = E // num_heads, num_heads // num_kv_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, D).transpose(0, 2, 1, 3)
    k = np.repeat((x @ w_k.T).reshape(B, L, num_kv_heads, D).transpose(0, 2, 1, 3), group, axis=1)
    v = np.repeat((x @ w_v.T).reshape(B, L, num_kv_heads, D).transpose(0, 2, 1, 3), group, axis=1)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(D)
    if causal:
        scores = np.where(np.tri(L, dtype=bool), scores, -np.inf)
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return ((p / p.sum(axis=-1, keepdims=True)) @ v).transpose(0, 2, 1, 3).reshape(B, L, E) @ w_o.T
