# Wrong: scales the scores by 1/sqrt(E), the model width, instead of 1/sqrt(E/H), the head size.
import math

import numpy as np


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, mask=None):
    B, Lq, E = query.shape
    Lk, H, D = key.shape[1], num_heads, E // num_heads
    W_q, W_k, W_v = np.split(in_proj_weight, 3)
    b_q, b_k, b_v = np.split(in_proj_bias, 3)
    q = (query @ W_q.T + b_q).reshape(B, Lq, H, D).transpose(0, 2, 1, 3)
    k = (key @ W_k.T + b_k).reshape(B, Lk, H, D).transpose(0, 2, 1, 3)
    v = (value @ W_v.T + b_v).reshape(B, Lk, H, D).transpose(0, 2, 1, 3)
    s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(E)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    m = s.max(axis=-1, keepdims=True)
    m[np.isneginf(m)] = 0
    p = np.exp(s - m)
    t = p.sum(axis=-1, keepdims=True)
    t[t == 0] = 1
    out = ((p / t) @ v).transpose(0, 2, 1, 3).reshape(B, Lq, E)
    return out @ out_proj_weight.T + out_proj_bias
