"""Wrong answer: top-k keeps exactly k tokens (the indices of argsort's last k), so the tokens tied with the k-th
largest logit are dropped, whichever argsort puts first. The contract keeps every z >= the k-th largest."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    V = z.shape[-1]
    if 0 < top_k < V:
        top = np.argsort(z, axis=-1)[..., V - top_k :]
        keep = np.zeros(z.shape, dtype=bool)
        np.put_along_axis(keep, top, True, axis=-1)
        z = np.where(keep, z, -np.inf)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        sp = np.where(np.cumsum(sp, axis=-1) - sp < top_p, sp, 0.0)
        out = np.zeros_like(p)
        np.put_along_axis(out, idx, sp, axis=-1)
        p = out / out.sum(axis=-1, keepdims=True)
    return p.astype(logits.dtype)
