# Accepted: einsum over explicit head axes, relying on LeetCode's implicit names (math, inf) with only NumPy imported.
import numpy as np


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, mask=None):
    B, Lq, E = query.shape
    H, D = num_heads, E // num_heads
    if H * D != E:
        raise ValueError("num_heads must divide E")
    W = in_proj_weight.reshape(3, H, D, E)  # [q/k/v, head, feature within head, input feature]
    b = in_proj_bias.reshape(3, H, D)
    q = np.einsum("ble,hde->bhld", query, W[0]) + b[0][None, :, None, :]
    k = np.einsum("ble,hde->bhld", key, W[1]) + b[1][None, :, None, :]
    v = np.einsum("ble,hde->bhld", value, W[2]) + b[2][None, :, None, :]
    scores = np.einsum("bhqd,bhkd->bhqk", q, k) / math.sqrt(D)
    if mask is not None:
        scores = np.where(mask, scores, -inf)
    top = np.max(scores, axis=-1, keepdims=True)
    p = np.exp(scores - np.where(np.isfinite(top), top, 0).astype(scores.dtype))
    total = p.sum(axis=-1, keepdims=True)
    p = np.divide(p, total, out=np.zeros_like(p), where=total > 0)
    heads = np.einsum("bhqk,bhkd->bqhd", p, v)
    return np.einsum("bqhd,fhd->bqf", heads, out_proj_weight.reshape(E, H, D)) + out_proj_bias
