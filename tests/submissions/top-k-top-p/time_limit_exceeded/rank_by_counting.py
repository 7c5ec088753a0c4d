"""Time limit exceeded: each token's rank in the ranking is found by counting the tokens ranked above it (larger
probability, or equal with a lower index): O(V^2) per row, 1.7 * 10^10 comparisons on a row of 2^17."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64).reshape(-1, logits.shape[-1]) / temperature
    V = z.shape[-1]
    if 0 < top_k < V:
        kth = np.partition(z, V - top_k, axis=-1)[:, V - top_k, None]
        z = np.where(z >= kth, z, -np.inf)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        index = np.arange(V)
        for row in p:
            rank = np.array([(row > row[i]).sum() + (row[:i] == row[i]).sum() for i in range(V)])
            ranked = np.empty(V)
            ranked[rank] = row
            before = np.cumsum(ranked) - ranked
            row[before[rank] >= top_p] = 0.0
            row /= row.sum()
        del index
    return p.reshape(logits.shape).astype(logits.dtype)
