# Too slow: projections and attention as pure-Python loops over lists, O(B*L*E^2 + B*Lq*Lk*E) interpreted steps.
import math

import numpy as np


def linear(rows, W, b):
    return [[sum(x * w for x, w in zip(row, W[o])) + b[o] for o in range(len(W))] for row in rows]


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, mask=None):
    B, Lq, E = query.shape
    Lk = key.shape[1]
    if E % num_heads:
        raise ValueError("E % num_heads != 0")
    D = E // num_heads
    W, bias = in_proj_weight.tolist(), in_proj_bias.tolist()
    Wo, bo = out_proj_weight.tolist(), out_proj_bias.tolist()
    allowed = np.broadcast_to(mask if mask is not None else True, (B, num_heads, Lq, Lk)).tolist()
    out = []
    for b in range(B):
        Q = linear(query[b].tolist(), W[:E], bias[:E])
        K = linear(key[b].tolist(), W[E:2 * E], bias[E:2 * E])
        V = linear(value[b].tolist(), W[2 * E:], bias[2 * E:])
        concat = [[0.0] * E for _ in range(Lq)]
        for h in range(num_heads):
            for i in range(Lq):
                s = [sum(Q[i][h * D + c] * K[j][h * D + c] for c in range(D)) / math.sqrt(D)
                     if allowed[b][h][i][j] else -math.inf for j in range(Lk)]
                top = max(s)
                if top == -math.inf:
                    continue
                w = [math.exp(x - top) for x in s]
                total = sum(w)
                for c in range(D):
                    concat[i][h * D + c] = sum(w[j] * V[j][h * D + c] for j in range(Lk)) / total
        out.append(linear(concat, Wo, bo))
    return np.array(out, dtype=query.dtype)
