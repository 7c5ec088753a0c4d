# Accepted: no copies of K and V: q as (B, KV, group, L, D) against k as (B, KV, 1, L, D), scores by einsum, the
# causal mask from index comparison, computed in float64 and returned in x's dtype.
import math

import numpy as np


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    H, KV = num_heads, num_kv_heads
    if E % H or H % KV:
        raise ValueError(f"need E % num_heads == 0 and num_heads % num_kv_heads == 0, got E={E}, H={H}, KV={KV}")
    D, G = E // H, H // KV
    xs = x.astype(np.float64)
    q = (xs @ w_q.T.astype(np.float64)).reshape(B, L, KV, G, D)
    k = (xs @ w_k.T.astype(np.float64)).reshape(B, L, KV, D)
    v = (xs @ w_v.T.astype(np.float64)).reshape(B, L, KV, D)
    scores = np.einsum("bikgd,bjkd->bkgij", q, k) / math.sqrt(D)  # (B, KV, G, L, L)
    if causal:
        i, j = np.arange(L)[:, None], np.arange(L)[None, :]
        scores[..., j > i] = -np.inf
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = np.einsum("bkgij,bjkd->bikgd", weights, v).reshape(B, L, E)  # head h = k * G + g: in head order
    return (heads @ w_o.T.astype(np.float64)).astype(x.dtype)
