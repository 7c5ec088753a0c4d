# Accepted: Flash decoding's combine: each block's normalised output and log-sum-exp, merged into the total as it comes.
import math

import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    lq, lk = q.shape[0], k.shape[0]
    q64 = q.astype(np.float64) / math.sqrt(q.shape[1])
    k64, v64 = k.astype(np.float64), v.astype(np.float64)
    lse = np.full(lq, -np.inf)  # log of the softmax denominator over the keys merged so far
    out = np.zeros((lq, v.shape[1]))  # already normalised over those keys
    queries = np.arange(lq)
    for j0 in range(0, lk, block_size):
        j1 = min(j0 + block_size, lk)
        rows = queries[j0:] if causal else queries  # causal: the queries before j0 see no key of this block
        s = q64[rows] @ k64[j0:j1].T
        if causal:
            s[np.arange(j0, j1)[None, :] > rows[:, None]] = -np.inf
        top = s.max(axis=1)
        p = np.exp(s - top[:, None])
        total = p.sum(axis=1)
        block_out = (p @ v64[j0:j1]) / total[:, None]  # the attention over this block alone
        block_lse = top + np.log(total)
        merged = np.logaddexp(lse[rows], block_lse)
        out[rows] = (np.exp(lse[rows] - merged)[:, None] * out[rows]
                     + np.exp(block_lse - merged)[:, None] * block_out)
        lse[rows] = merged
    return out.astype(q.dtype)
