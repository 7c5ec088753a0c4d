# Accepted, the slowest: a Python loop over every batch index and query row, NumPy within a row.
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    batch, (lq, d), lk = q.shape[:-2], q.shape[-2:], k.shape[-2]
    full = np.broadcast_to(mask, (*batch, lq, lk)) if mask is not None else None
    out = np.zeros((*batch, lq, v.shape[-1]), dtype=q.dtype)
    for b in np.ndindex(*batch):
        for i in range(lq):
            s = k[b] @ q[b][i] / math.sqrt(d)
            keep = full[b][i] if full is not None else np.ones(lk, dtype=bool)
            if not keep.any():
                continue
            s = np.where(keep, s, -np.inf)
            w = np.exp(s - s.max())
            out[b][i] = (w / w.sum()) @ v[b]
    return out
