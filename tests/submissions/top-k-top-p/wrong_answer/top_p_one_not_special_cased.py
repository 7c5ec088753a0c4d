"""Wrong answer: the top-p code runs even when top_p = 1.0 (no `if top_p < 1` guard): the running sum rounds to 1.0
before the tail, so tokens too small to move it are dropped, though top_p = 1.0 means no filter at all."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    V = z.shape[-1]
    if 0 < top_k < V:
        kth = np.partition(z, V - top_k, axis=-1)[..., V - top_k, None]
        z = np.where(z >= kth, z, -np.inf)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    idx = np.argsort(-p, axis=-1, kind="stable")
    sp = np.take_along_axis(p, idx, axis=-1)
    cum = np.cumsum(sp, axis=-1)
    before = np.concatenate([np.zeros_like(cum[..., :1]), cum[..., :-1]], axis=-1)
    sp = np.where(before < top_p, sp, 0.0)
    out = np.zeros_like(p)
    np.put_along_axis(out, idx, sp, axis=-1)
    return (out / out.sum(axis=-1, keepdims=True)).astype(logits.dtype)
