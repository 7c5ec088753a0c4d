"""Accepted: vectorised over the rows. The k-th largest z from a descending sort is the threshold; the nucleus from
a stable descending argsort and the mass ranked above each token."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    V = z.shape[-1]
    if top_k > 0:
        k = min(top_k, V)
        kth = -np.sort(-z, axis=-1)[..., k - 1 : k]
        z = np.where(z < kth, -np.inf, z)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        cum = np.cumsum(sp, axis=-1)
        sp = np.where(cum - sp < top_p, sp, 0.0)
        out = np.zeros_like(p)
        np.put_along_axis(out, idx, sp, axis=-1)
        p = out / out.sum(axis=-1, keepdims=True)
    return p.astype(logits.dtype)
