# Accepted: FlashAttention-1's order, every query against one key block at a time; causal by -inf inside the block.
import math

import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    lq, lk, dtype = q.shape[0], k.shape[0], q.dtype
    scale = 1.0 / math.sqrt(q.shape[1])
    q, k, v = q.astype(np.float64), k.astype(np.float64), v.astype(np.float64)
    m = np.full((lq, 1), -np.inf)
    l = np.zeros((lq, 1))
    acc = np.zeros((lq, v.shape[1]))
    rows = np.arange(lq)[:, None]
    for start in range(0, lk, block_size):
        stop = min(start + block_size, lk)
        s = (q @ k[start:stop].T) * scale
        if causal:
            s = np.where(np.arange(start, stop)[None, :] > rows, -np.inf, s)
        m_new = np.maximum(m, s.max(axis=1, keepdims=True))  # finite: every row sees key 0 in the first block
        alpha = np.exp(m - m_new)
        p = np.exp(s - m_new)
        l = alpha * l + p.sum(axis=1, keepdims=True)
        acc = alpha * acc + p @ v[start:stop]
        m = m_new
    return (acc / l).astype(dtype)
