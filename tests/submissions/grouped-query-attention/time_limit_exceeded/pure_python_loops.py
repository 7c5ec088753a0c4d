# Too slow: projections and attention as pure-Python loops over lists, O(B*L*E^2 + B*H*L^2*D) interpreted steps
# (about 10^8 at the maxima).
import math

import numpy as np


def linear(rows, W):
    return [[sum(a * w for a, w in zip(row, W[o])) for o in range(len(W))] for row in rows]


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads or num_heads % num_kv_heads:
        raise ValueError("bad head counts")
    D, group = E // num_heads, num_heads // num_kv_heads
    Wq, Wk, Wv, Wo = w_q.tolist(), w_k.tolist(), w_v.tolist(), w_o.tolist()
    out = []
    for b in range(B):
        rows = x[b].tolist()
        Q, K, V = linear(rows, Wq), linear(rows, Wk), linear(rows, Wv)
        concat = [[0.0] * E for _ in range(L)]
        for h in range(num_heads):
            g = h // group
            for i in range(L):
                seen = range(i + 1) if causal else range(L)
                s = [sum(Q[i][h * D + c] * K[j][g * D + c] for c in range(D)) / math.sqrt(D) for j in seen]
                top = max(s)
                w = [math.exp(z - top) for z in s]
                total = sum(w)
                for c in range(D):
                    concat[i][h * D + c] = sum(wj * V[j][g * D + c] for wj, j in zip(w, seen)) / total
        out.append(linear(concat, Wo))
    return np.array(out, dtype=x.dtype)
