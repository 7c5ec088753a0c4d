# The first block's row max kept as the shift for good, never raised: exact until a later score climbs ~709
# above it, then exp overflows to inf and the row is NaN (found by the blind breaker).
import math
import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    # uses the first block's max for all blocks (no rescaling needed... wrong)
    dt = q.dtype
    q = q.astype(np.float64); k = k.astype(np.float64); v = v.astype(np.float64)
    Lq, d = q.shape; Lk = k.shape[0]
    qi = np.arange(Lq)[:, None]
    m = None; l = np.zeros((Lq, 1)); o = np.zeros((Lq, v.shape[1]))
    for j0 in range(0, Lk, block_size):
        s = q @ k[j0:j0 + block_size].T / math.sqrt(d)
        if causal:
            s = np.where(np.arange(j0, j0 + s.shape[1])[None, :] > qi, -np.inf, s)
        if m is None:
            m = s.max(axis=1, keepdims=True)
        p = np.exp(s - m)
        l += p.sum(axis=1, keepdims=True); o += p @ v[j0:j0 + block_size]
    return (o / l).astype(dt)
