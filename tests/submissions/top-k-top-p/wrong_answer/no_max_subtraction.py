"""Wrong answer: exp(z) without subtracting the row's max: z = logits / temperature reaches 400 in float32 (exp
overflows past 88.7) and 10^5 in float64 (past 709): inf / inf = NaN."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits / logits.dtype.type(temperature)
    V = z.shape[-1]
    if 0 < top_k < V:
        kth = np.partition(z, V - top_k, axis=-1)[..., V - top_k, None]
        z = np.where(z >= kth, z, -np.inf)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(z)
        p = e / e.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        sp = np.where(np.cumsum(sp, axis=-1) - sp < top_p, sp, 0)
        out = np.zeros_like(p)
        np.put_along_axis(out, idx, sp, axis=-1)
        with np.errstate(invalid="ignore"):
            p = out / out.sum(axis=-1, keepdims=True)
    return p
