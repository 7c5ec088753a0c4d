# Too slow: the online softmax with Python floats, query by query and key by key: O(Lq*Lk*(d+dv)) steps.
import math

import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    qs, ks, vs = q.tolist(), k.tolist(), v.tolist()
    scale = 1 / math.sqrt(len(qs[0]))
    dv = len(vs[0])
    out = []
    for i, qi in enumerate(qs):
        m, l, o = -math.inf, 0.0, [0.0] * dv
        for j in range(i + 1 if causal else len(ks)):
            s = sum(a * b for a, b in zip(qi, ks[j])) * scale
            m_new = max(m, s)
            alpha, p = math.exp(m - m_new), math.exp(s - m_new)
            l = alpha * l + p
            o = [alpha * x + p * y for x, y in zip(o, vs[j])]
            m = m_new
        out.append([x / l for x in o])
    return np.array(out, dtype=q.dtype)
