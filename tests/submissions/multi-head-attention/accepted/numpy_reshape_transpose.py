# Accepted: NumPy in the input's dtype: project, (B, L, E) -> (B, H, L, E/H), attend, merge, project out.
import math

import numpy as np


def split_heads(x, h):
    b, n, e = x.shape
    return x.reshape(b, n, h, e // h).transpose(0, 2, 1, 3)


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, mask=None):
    B, Lq, E = query.shape
    if E % num_heads != 0:
        raise ValueError("E must be divisible by num_heads")
    W_q, W_k, W_v = in_proj_weight[:E], in_proj_weight[E:2 * E], in_proj_weight[2 * E:]
    b_q, b_k, b_v = in_proj_bias[:E], in_proj_bias[E:2 * E], in_proj_bias[2 * E:]
    q = split_heads(query @ W_q.T + b_q, num_heads)
    k = split_heads(key @ W_k.T + b_k, num_heads)
    v = split_heads(value @ W_v.T + b_v, num_heads)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(E // num_heads)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    m = scores.max(axis=-1, keepdims=True)
    m[np.isneginf(m)] = 0
    p = np.exp(scores - m)
    s = p.sum(axis=-1, keepdims=True)
    s[s == 0] = 1
    out = (p / s) @ v
    out = out.transpose(0, 2, 1, 3).reshape(B, Lq, E)
    return out @ out_proj_weight.T + out_proj_bias
