# Wrong: a correct multi-head attention that never raises ValueError when E % num_heads != 0: heads of E // H
# features are written into an (B, Lq, E) buffer, so nothing fails on a bad num_heads and an answer comes back.
import math

import numpy as np


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, mask=None):
    B, Lq, E = query.shape
    D = E // num_heads
    w_q, w_k, w_v = np.split(in_proj_weight.astype(np.float64), 3)
    b_q, b_k, b_v = np.split(in_proj_bias.astype(np.float64), 3)
    q, k, v = query @ w_q.T + b_q, key @ w_k.T + b_k, value @ w_v.T + b_v
    merged = np.zeros((B, Lq, E))
    allowed = None if mask is None else np.broadcast_to(mask, (B, num_heads, Lq, key.shape[1]))
    for h in range(num_heads):
        part = slice(h * D, (h + 1) * D)
        scores = q[..., part] @ k[..., part].transpose(0, 2, 1) / math.sqrt(D)
        if allowed is not None:
            scores = np.where(allowed[:, h], scores, -np.inf)
        top = scores.max(axis=-1, keepdims=True)
        weights = np.exp(scores - np.where(np.isneginf(top), 0.0, top))
        total = weights.sum(axis=-1, keepdims=True)
        weights = np.divide(weights, total, out=np.zeros_like(weights), where=total > 0)
        merged[..., part] = weights @ v[..., part]
    out = merged @ out_proj_weight.astype(np.float64).T + out_proj_bias
    return out.astype(query.dtype)
