# Accepted: einsum and np.add.outer, relying on LeetCode's implicit names (math, inf) with only NumPy imported.
import numpy as np


def flash_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, block_size: int = 64, causal: bool = False):
    n_q = len(q)
    m, l, o = np.full(n_q, -inf), np.zeros(n_q), np.zeros((n_q, v.shape[1]))
    for j0 in range(0, len(k), block_size):
        kb, vb = k[j0:j0 + block_size], v[j0:j0 + block_size]
        s = np.einsum("id,jd->ij", q, kb).astype(float) / math.sqrt(q.shape[1])
        if causal:
            s[np.add.outer(-np.arange(n_q), np.arange(j0, j0 + len(kb))) > 0] = -inf
        m_new = np.fmax(m, s.max(axis=1))
        p = np.exp(s - m_new[:, None])
        scale = np.exp(m - m_new)
        l = l * scale + p.sum(axis=1)
        o = o * scale[:, None] + np.einsum("ij,jc->ic", p, vb.astype(float))
        m = m_new
    return (o / l[:, None]).astype(q.dtype)
