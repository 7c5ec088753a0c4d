"""Wrong answer: the temperature applied after the softmax, as softmax(logits) ** (1 / T) renormalised. Equal to
softmax(logits / T) on paper, but the untempered probabilities underflow to 0 (past e^-745 in float64, e^-103 in
float32) for tokens that T = 50 or 100 brings back to e^-200 or more."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    x = logits.copy()
    V = x.shape[-1]
    if 0 < top_k < V:
        kth = np.sort(x, axis=-1)[..., V - top_k, None]
        x = np.where(x >= kth, x, -np.inf)
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    p = p ** (1.0 / temperature)
    p = p / p.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        keep = np.zeros(p.shape, dtype=bool)
        np.put_along_axis(keep, idx, np.cumsum(sp, axis=-1) - sp < top_p, axis=-1)
        p = np.where(keep, p, 0)
        p = p / p.sum(axis=-1, keepdims=True)
    return p.astype(logits.dtype)
