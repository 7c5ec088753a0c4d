"""Wrong answer: the nucleus mask is `cumsum > top_p` on the descending ranking without HF's shift by one, so the
token whose cumulative sum first exceeds top_p is removed with the tail: one token short, and no token at all when
top_p is below the largest probability (0 / 0 = NaN)."""
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
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        remove = np.cumsum(sp, axis=-1) > top_p
        drop = np.zeros(p.shape, dtype=bool)
        np.put_along_axis(drop, idx, remove, axis=-1)
        p = np.where(drop, 0.0, p)
        with np.errstate(invalid="ignore"):
            p = p / p.sum(axis=-1, keepdims=True)
    return p.astype(logits.dtype)
