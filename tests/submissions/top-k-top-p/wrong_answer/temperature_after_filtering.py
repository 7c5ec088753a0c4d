"""Wrong answer: the filters run on softmax(logits) and the temperature only afterwards, on the kept tokens'
logits: top-k is unaffected (temperature does not reorder), but the nucleus is the one of the T = 1 distribution."""
import numpy as np


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64)
    V = z.shape[-1]
    if 0 < top_k < V:
        kth = np.partition(z, V - top_k, axis=-1)[..., V - top_k, None]
        z = np.where(z >= kth, z, -np.inf)
    if top_p < 1.0:
        p = softmax(z)
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        drop = np.zeros(p.shape, dtype=bool)
        np.put_along_axis(drop, idx, np.cumsum(sp, axis=-1) - sp >= top_p, axis=-1)
        z = np.where(drop, -np.inf, z)
    return softmax(z / temperature).astype(logits.dtype)
