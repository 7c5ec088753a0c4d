"""Wrong answer: dropped logits are set to -1e4 instead of -inf. Far from -10^4 that underflows to exactly 0, but
with logits near -10^4 each dropped token keeps about e^-10 of the max's weight: tiny numbers instead of 0."""
import numpy as np

FILL = -1e4


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    V = z.shape[-1]
    if 0 < top_k < V:
        kth = np.partition(z, V - top_k, axis=-1)[..., V - top_k, None]
        z = np.where(z >= kth, z, FILL)
    if top_p < 1.0:
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        p = e / e.sum(axis=-1, keepdims=True)
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        drop = np.zeros(p.shape, dtype=bool)
        np.put_along_axis(drop, idx, np.cumsum(sp, axis=-1) - sp >= top_p, axis=-1)
        z = np.where(drop, FILL, z)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)).astype(logits.dtype)
