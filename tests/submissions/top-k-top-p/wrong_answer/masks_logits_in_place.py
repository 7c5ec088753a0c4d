"""Wrong answer: the dropped tokens are masked in the caller's array (`logits[logits < kth] = -inf`, as many
hand-written samplers do on a tensor), so the input comes back changed. The probabilities themselves are right."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    V = logits.shape[-1]
    if 0 < top_k < V:
        kth = np.partition(logits, V - top_k, axis=-1)[..., V - top_k, None]
        logits[logits < kth] = -np.inf
    z = logits.astype(np.float64) / temperature
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
