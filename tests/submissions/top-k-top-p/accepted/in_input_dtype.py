"""Accepted: the whole computation in the logits' own dtype (float32 stays float32 throughout), log-softmax style:
p = exp(z - max - log(sum(exp(z - max)))). Top-k as a row loop with np.argpartition; lexsort for the ranking."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    dt = logits.dtype
    z = logits / dt.type(temperature)
    shape = z.shape
    z = z.reshape(-1, shape[-1]).copy()
    V = z.shape[-1]
    if 0 < top_k < V:
        for row in z:
            kth = row[np.argpartition(row, V - top_k)[V - top_k]]
            row[row < kth] = -np.inf
    shifted = z - z.max(axis=-1, keepdims=True)
    logp = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    p = np.exp(logp)
    if top_p < 1.0:
        for r in range(len(p)):
            order = np.lexsort((np.arange(V), -p[r]))
            ranked = p[r][order]
            before = np.concatenate(([0], np.cumsum(ranked)[:-1]))
            p[r][order[before >= top_p]] = 0
            p[r] /= p[r].sum()
    return p.reshape(shape).astype(dt)
