# Wrong: query tiles of a fixed 64 with key blocks of block_size, treating key block j0 = i0 as "the diagonal" and
# stopping after it: right only when block_size is 64.
import math

import numpy as np

TILE = 64


def flash_attention(q, k, v, block_size=64, causal=False):
    lq, lk = len(q), len(k)
    q64 = q.astype(np.float64) / math.sqrt(q.shape[1])
    k64, v64 = k.astype(np.float64), v.astype(np.float64)
    out = np.zeros((lq, v.shape[1]))
    for i0 in range(0, lq, TILE):
        i1 = min(i0 + TILE, lq)
        m = np.full(i1 - i0, -np.inf)
        l = np.zeros(i1 - i0)
        o = np.zeros((i1 - i0, v.shape[1]))
        for j0 in range(0, lk, block_size):
            if causal and j0 > i0:
                break  # "above the diagonal"
            j1 = min(j0 + block_size, lk)
            s = q64[i0:i1] @ k64[j0:j1].T
            if causal and j0 == i0:  # "the diagonal block"
                s[np.arange(j0, j1)[None, :] > np.arange(i0, i1)[:, None]] = -np.inf
            m_new = np.maximum(m, s.max(axis=1))
            alpha = np.exp(m - m_new)
            p = np.exp(s - m_new[:, None])
            l = alpha * l + p.sum(axis=1)
            o = alpha[:, None] * o + p @ v64[j0:j1]
            m = m_new
        out[i0:i1] = o / l[:, None]
    return out.astype(q.dtype)
