import math

import numpy as np


def multi_head_attention(query: np.ndarray, key: np.ndarray, value: np.ndarray, num_heads: int,
                         in_proj_weight: np.ndarray, in_proj_bias: np.ndarray,
                         out_proj_weight: np.ndarray, out_proj_bias: np.ndarray,
                         mask: np.ndarray | None = None) -> np.ndarray:
    """torch.nn.MultiheadAttention's forward pass (batch_first=True, no dropout), in NumPy.

    Project (x @ W.T + b with W_q, W_k, W_v the three E-row blocks of in_proj_weight), split E into num_heads
    heads of E/H features, attend in each head with scale 1/sqrt(E/H), concatenate the heads, project out.
    query (B, Lq, E), key/value (B, Lk, E); mask broadcastable to (B, H, Lq, Lk), True = may attend.
    Computed in float64 for accuracy, returned in query's dtype.
    """
    B, Lq, E = query.shape
    Lk = key.shape[1]
    if num_heads <= 0 or E % num_heads:
        raise ValueError(f"embed_dim {E} is not divisible by num_heads {num_heads}")
    H, dh = num_heads, E // num_heads
    f64 = lambda a: np.asarray(a, dtype=np.float64)  # noqa: E731
    w_q, w_k, w_v = np.split(f64(in_proj_weight), 3)  # each (E, E)
    b_q, b_k, b_v = np.split(f64(in_proj_bias), 3)
    q = f64(query) @ w_q.T + b_q  # (B, Lq, E)
    k = f64(key) @ w_k.T + b_k  # (B, Lk, E)
    v = f64(value) @ w_v.T + b_v
    # (B, L, E) -> (B, L, H, dh) -> (B, H, L, dh): head h owns features h*dh:(h+1)*dh
    q = q.reshape(B, Lq, H, dh).transpose(0, 2, 1, 3)
    k = k.reshape(B, Lk, H, dh).transpose(0, 2, 1, 3)
    v = v.reshape(B, Lk, H, dh).transpose(0, 2, 1, 3)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(dh)  # (B, H, Lq, Lk)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    blocked = np.isneginf(top)
    weights = np.exp(scores - np.where(blocked, 0.0, top))
    weights /= np.where(blocked, 1.0, weights.sum(axis=-1, keepdims=True))  # blocked rows: zeros
    heads = weights @ v  # (B, H, Lq, dh)
    merged = heads.transpose(0, 2, 1, 3).reshape(B, Lq, E)  # back to (B, Lq, E), heads side by side
    out = merged @ f64(out_proj_weight).T + f64(out_proj_bias)
    return out.astype(query.dtype, copy=False)
