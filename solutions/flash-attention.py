import math

import numpy as np


def flash_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, block_size: int = 64,
                    causal: bool = False) -> np.ndarray:
    """softmax(q k^T / sqrt(d)) v over key blocks of `block_size`, never holding the (Lq, Lk) score matrix.

    Each query row keeps a running max m, a running sum l of exp(score - m) and a running output o (the same
    weights times v, not yet divided by l). A new block's scores s raise the max to m_new; what was accumulated
    at the old max is rescaled by alpha = exp(m - m_new) before the block's exp(s - m_new) is added. At the end
    o / l is the softmax-weighted average. m starts at -inf (alpha = exp(-inf) = 0 for the first block), so no
    score is compared with an arbitrary starting value. `causal` hides key j from query i when j > i: queries
    before a block's first key see none of it and skip it; the others mask j > i inside the block.
    Memory: O((Lq + Lk) * d + Lq * block_size). Computed in float64, returned in q's dtype.
    """
    lq, d = q.shape
    lk, dv = v.shape
    q64 = np.asarray(q, dtype=np.float64) / math.sqrt(d)  # scaling q once scales every score
    k64, v64 = np.asarray(k, dtype=np.float64), np.asarray(v, dtype=np.float64)
    m = np.full(lq, -np.inf)
    l = np.zeros(lq)
    o = np.zeros((lq, dv))
    for j0 in range(0, lk, block_size):
        j1 = min(j0 + block_size, lk)
        first = j0 if causal else 0  # causal: queries 0..j0-1 see no key of this block
        s = q64[first:] @ k64[j0:j1].T  # (Lq - first, j1 - j0): one block of scores
        if causal:
            later = np.arange(j0, j1)[None, :] > np.arange(first, lq)[:, None]
            s[later] = -np.inf  # key j0 <= i stays visible: every row keeps a finite max
        m_new = np.maximum(m[first:], s.max(axis=1))
        alpha = np.exp(m[first:] - m_new)  # rescales what was summed at the old max
        p = np.exp(s - m_new[:, None])
        l[first:] = alpha * l[first:] + p.sum(axis=1)
        o[first:] = alpha[:, None] * o[first:] + p @ v64[j0:j1]
        m[first:] = m_new
    return (o / l[:, None]).astype(q.dtype, copy=False)
