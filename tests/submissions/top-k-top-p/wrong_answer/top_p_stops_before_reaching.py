"""Wrong answer: the nucleus loop stops before the sum reaches top_p (it checks `total + p > top_p` before adding
the token), so the token that makes the sum cross top_p is left out: one token short (and at least one kept)."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    rows = z.reshape(-1, z.shape[-1])
    V = rows.shape[-1]
    if 0 < top_k < V:
        kth = np.partition(rows, V - top_k, axis=-1)[:, V - top_k, None]
        rows = np.where(rows >= kth, rows, -np.inf)
    e = np.exp(rows - rows.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        out = np.zeros_like(p)
        for r in range(len(p)):
            total = 0.0
            for i in np.argsort(-p[r], kind="stable"):
                if total + p[r, i] > top_p and total > 0:
                    break
                out[r, i] = p[r, i]
                total += p[r, i]
        p = out / out.sum(axis=-1, keepdims=True)
    return p.reshape(logits.shape).astype(logits.dtype)
