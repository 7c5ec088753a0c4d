"""Wrong answer: the threshold is the k-th largest *distinct* logit (np.unique), so duplicates above it do not
count towards k: [5, 1, 5, 3] with top_k = 2 keeps the 3 too. The contract counts duplicates."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    rows = z.reshape(-1, z.shape[-1]).copy()
    if top_k > 0:
        for row in rows:
            distinct = np.unique(row)[::-1]
            kth = distinct[min(top_k, len(distinct)) - 1]
            row[row < kth] = -np.inf
    e = np.exp(rows - rows.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        idx = np.argsort(-p, axis=-1, kind="stable")
        sp = np.take_along_axis(p, idx, axis=-1)
        sp = np.where(np.cumsum(sp, axis=-1) - sp < top_p, sp, 0.0)
        out = np.zeros_like(p)
        np.put_along_axis(out, idx, sp, axis=-1)
        p = out / out.sum(axis=-1, keepdims=True)
    return p.reshape(logits.shape).astype(logits.dtype)
