# Accepted: FlashAttention-2's order (query tiles outside, key blocks inside, none above the diagonal), in q's dtype.
import math

import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    lq, lk, dv = q.shape[0], k.shape[0], v.shape[1]
    dtype = q.dtype
    scale = dtype.type(1.0 / math.sqrt(q.shape[1]))  # a float32 scalar for float32 input: nothing is promoted
    out = np.empty((lq, dv), dtype=dtype)
    tile = 128  # queries per tile, whatever block_size is
    for i0 in range(0, lq, tile):
        i1 = min(i0 + tile, lq)
        qi = q[i0:i1] * scale
        m = np.full(i1 - i0, -np.inf, dtype=dtype)
        l = np.zeros(i1 - i0, dtype=dtype)
        o = np.zeros((i1 - i0, dv), dtype=dtype)
        last_key = i1 if causal else lk  # causal: keys from i1 on are above the diagonal for the whole tile
        for j0 in range(0, last_key, block_size):
            j1 = min(j0 + block_size, last_key)
            s = qi @ k[j0:j1].T
            if causal and j1 - 1 > i0:  # the block reaches above the diagonal for some query of the tile
                s[np.arange(j0, j1)[None, :] > np.arange(i0, i1)[:, None]] = -np.inf
            m_new = np.maximum(m, s.max(axis=1))
            alpha = np.exp(m - m_new)
            p = np.exp(s - m_new[:, None])
            l = alpha * l + p.sum(axis=1)
            o = alpha[:, None] * o + p @ v[j0:j1]
            m = m_new
        out[i0:i1] = o / l[:, None]
    return out
