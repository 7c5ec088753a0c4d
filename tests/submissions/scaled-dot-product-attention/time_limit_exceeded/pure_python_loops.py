# Too slow: every dot product, exp and weighted sum in pure-Python loops, O(Lq*Lk*(d+dv)) interpreted steps.
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    batch, (lq, d), lk, dv = q.shape[:-2], q.shape[-2:], k.shape[-2], v.shape[-1]
    full = np.broadcast_to(mask if mask is not None else True, (*batch, lq, lk)).tolist()
    qs, ks, vs = q.tolist(), k.tolist(), v.tolist()
    out = np.zeros((*batch, lq, dv), dtype=q.dtype)
    for b in np.ndindex(*batch):
        qb, kb, vb, mb = qs, ks, vs, full
        for i in b:
            qb, kb, vb, mb = qb[i], kb[i], vb[i], mb[i]
        for i in range(lq):
            scores = [sum(qb[i][t] * kb[j][t] for t in range(d)) / math.sqrt(d) if mb[i][j] else -math.inf
                      for j in range(lk)]
            top = max(scores)
            if top == -math.inf:
                continue
            w = [math.exp(s - top) for s in scores]
            total = sum(w)
            out[b + (i,)] = [sum(w[j] * vb[j][c] for j in range(lk)) / total for c in range(dv)]
    return out
