"""Wrong answer: the ranking is a stable ascending sort read backwards (HF's ascending order, reversed), so among
tokens of equal probability the *higher* index comes first and is the one kept at the nucleus's edge."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    V = z.shape[-1]
    if 0 < top_k < V:
        kth = np.partition(z, V - top_k, axis=-1)[..., V - top_k, None]
        z = np.where(z >= kth, z, -np.inf)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        idx = np.argsort(p, axis=-1, kind="stable")[..., ::-1]
        sp = np.take_along_axis(p, idx, axis=-1)
        sp = np.where(np.cumsum(sp, axis=-1) - sp < top_p, sp, 0.0)
        out = np.zeros_like(p)
        np.put_along_axis(out, idx, sp, axis=-1)
        p = out / out.sum(axis=-1, keepdims=True)
    return p.astype(logits.dtype)
