# Too slow: the whole block as pure-Python loops over lists, O(B*L*E*(E + F) + B*L^2*E) interpreted steps (about
# 10^8 at the maximum).
import math


def linear(vector, W):
    return [sum(w * v for w, v in zip(row, vector)) for row in W]


def rms_norm(vector, weight, eps):
    root = math.sqrt(sum(v * v for v in vector) / len(vector) + eps)
    return [v / root * w for v, w in zip(vector, weight)]


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    import numpy as np

    w = {name: np.asarray(value).tolist() for name, value in params.items()}
    out = []
    for sequence in x.tolist():
        L, E = len(sequence), len(sequence[0])
        D = E // num_heads
        normed = [rms_norm(t, w["attn_norm"], eps) for t in sequence]
        q = [linear(t, w["w_q"]) for t in normed]
        k = [linear(t, w["w_k"]) for t in normed]
        v = [linear(t, w["w_v"]) for t in normed]
        for p in range(L):
            for h in range(num_heads):
                for i in range(D // 2):
                    a, b = h * D + i, h * D + i + D // 2
                    c, s = math.cos(p * rope_base ** (-2 * i / D)), math.sin(p * rope_base ** (-2 * i / D))
                    q[p][a], q[p][b] = q[p][a] * c - q[p][b] * s, q[p][b] * c + q[p][a] * s
                    k[p][a], k[p][b] = k[p][a] * c - k[p][b] * s, k[p][b] * c + k[p][a] * s
        rows = []
        for i in range(L):
            concat = [0.0] * E
            for h in range(num_heads):
                f = range(h * D, (h + 1) * D)
                scores = [sum(q[i][c] * k[j][c] for c in f) / math.sqrt(D) for j in range(i + 1)]
                top = max(scores)
                weights = [math.exp(s - top) for s in scores]
                total = sum(weights)
                for c in f:
                    concat[c] = sum(weights[j] * v[j][c] for j in range(i + 1)) / total
            h_row = [a + b for a, b in zip(sequence[i], linear(concat, w["w_o"]))]
            n = rms_norm(h_row, w["ffn_norm"], eps)
            gate, up = linear(n, w["w_gate"]), linear(n, w["w_up"])
            hidden = [g / (1 + math.exp(-g)) * u if g > -700 else 0.0 for g, u in zip(gate, up)]
            rows.append([a + b for a, b in zip(h_row, linear(hidden, w["w_down"]))])
        out.append(rows)
    return np.array(out, dtype=x.dtype)
