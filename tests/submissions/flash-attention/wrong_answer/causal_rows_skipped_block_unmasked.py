# Wrong: causal skips the queries before each block's first key, but never masks j > i inside the diagonal block.
import math

import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    lq, lk = len(q), len(k)
    q64 = q.astype(np.float64) / math.sqrt(q.shape[1])
    k64, v64 = k.astype(np.float64), v.astype(np.float64)
    m = np.full(lq, -np.inf)
    l = np.zeros(lq)
    o = np.zeros((lq, v.shape[1]))
    for j0 in range(0, lk, block_size):
        j1 = min(j0 + block_size, lk)
        r = j0 if causal else 0  # queries r.. see key j0; those before see none of the block
        s = q64[r:] @ k64[j0:j1].T  # but query r also sees keys r+1 .. j1-1 here: the block is only partly visible
        m_new = np.maximum(m[r:], s.max(axis=1))
        alpha = np.exp(m[r:] - m_new)
        p = np.exp(s - m_new[:, None])
        l[r:] = alpha * l[r:] + p.sum(axis=1)
        o[r:] = alpha[:, None] * o[r:] + p @ v64[j0:j1]
        m[r:] = m_new
    return (o / l[:, None]).astype(q.dtype)
