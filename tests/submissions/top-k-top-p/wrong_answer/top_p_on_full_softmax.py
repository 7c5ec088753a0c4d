"""Wrong answer: both masks come from the one softmax over all V tokens, so top-p adds up probabilities that were
never renormalised over the top-k tokens: the nucleus reaches top_p later (it is larger) than the contract's, which
measures it on the softmax over the kept tokens."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    V = z.shape[-1]
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    keep = np.ones(z.shape, dtype=bool)
    if 0 < top_k < V:
        kth = np.partition(z, V - top_k, axis=-1)[..., V - top_k, None]
        keep &= z >= kth
    if top_p < 1.0:
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        nucleus = np.zeros(z.shape, dtype=bool)
        np.put_along_axis(nucleus, idx, np.cumsum(sp, axis=-1) - sp < top_p, axis=-1)
        keep &= nucleus
    p = np.where(keep, p, 0.0)
    return (p / p.sum(axis=-1, keepdims=True)).astype(logits.dtype)
