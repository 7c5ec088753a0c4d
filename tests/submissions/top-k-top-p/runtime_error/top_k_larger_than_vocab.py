"""Runtime error: top-k with np.partition(z, V - top_k) and no clamp: top_k > V gives a negative kth, which
np.partition rejects (ValueError: kth out of bounds), as torch.topk raises for k > V."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    V = z.shape[-1]
    if top_k > 0:
        kth = np.partition(z, V - top_k, axis=-1)[..., V - top_k, None]
        z = np.where(z >= kth, z, -np.inf)
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
