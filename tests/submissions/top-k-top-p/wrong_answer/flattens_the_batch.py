"""Wrong answer: written for one row of logits: the k-th largest, the max, the sums and the ranking are all taken
over the whole array (axis=None), which is right for 1-D input and wrong for a batch (..., V)."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    if 0 < top_k < z.size:
        kth = np.sort(z, axis=None)[::-1][top_k - 1]
        z = np.where(z >= kth, z, -np.inf)
    e = np.exp(z - z.max())
    p = e / e.sum()
    if top_p < 1.0:
        flat = p.ravel()
        idx = np.argsort(-flat, kind="stable")
        sp = flat[idx]
        keep = np.zeros(flat.shape, dtype=bool)
        keep[idx] = np.cumsum(sp) - sp < top_p
        p = np.where(keep, flat, 0.0).reshape(p.shape)
        p = p / p.sum()
    return p.astype(logits.dtype)
