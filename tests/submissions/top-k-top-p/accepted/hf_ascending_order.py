"""Accepted: HuggingFace's formulation, from the other end. Sort ascending (the reverse of a stable descending sort,
so that ties still rank the lower index first), drop the tokens whose ascending cumulative sum is <= 1 - top_p,
always keep the most likely one. Top-k with np.partition, clamped to V."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    scores = np.asarray(logits, dtype=np.float64) / temperature
    vocab = scores.shape[-1]
    k = min(top_k, vocab)
    if k > 0:
        kth = np.partition(scores, vocab - k, axis=-1)[..., [vocab - k]]
        scores = np.where(scores < kth, -np.inf, scores)
    if top_p < 1.0:
        probs = np.exp(scores - scores.max(axis=-1, keepdims=True))
        probs /= probs.sum(axis=-1, keepdims=True)
        ascending = np.argsort(-probs, axis=-1, kind="stable")[..., ::-1]
        cum = np.cumsum(np.take_along_axis(probs, ascending, axis=-1), axis=-1)
        remove = cum <= 1 - top_p
        remove[..., -1] = False
        mask = np.zeros(scores.shape, dtype=bool)
        np.put_along_axis(mask, ascending, remove, axis=-1)
        scores = np.where(mask, -np.inf, scores)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)).astype(logits.dtype)
