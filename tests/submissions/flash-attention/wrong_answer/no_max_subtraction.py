# Wrong: no running max at all: exp(score) overflows for large scores and underflows to 0 / 0 for very negative ones.
import math

import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    lq, lk = len(q), len(k)
    q64 = q.astype(np.float64) / math.sqrt(q.shape[1])
    k64, v64 = k.astype(np.float64), v.astype(np.float64)
    l = np.zeros(lq)
    o = np.zeros((lq, v.shape[1]))
    for j0 in range(0, lk, block_size):
        j1 = min(j0 + block_size, lk)
        s = q64 @ k64[j0:j1].T
        if causal:
            s[np.arange(j0, j1)[None, :] > np.arange(lq)[:, None]] = -np.inf
        p = np.exp(s)
        l = l + p.sum(axis=1)
        o = o + p @ v64[j0:j1]
    return (o / l[:, None]).astype(q.dtype)
