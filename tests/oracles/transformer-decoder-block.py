"""A LLaMA decoder block with Python floats and explicit indices: every projection a sum over input features, RMS
norm and SiLU from their definitions, each RoPE pair turned by its own angle, and each query's softmax over the
keys at or before it.

Small inputs of both dtypes: every head count with an even head size, with and without eps and rope_base.
"""

import math

import numpy as np

NAMES = ("attn_norm", "w_q", "w_k", "w_v", "w_o", "ffn_norm", "w_gate", "w_up", "w_down")


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        b, length = rng.randint(1, 2), rng.randint(1, 5)
        e = rng.choice([2, 4, 6, 8])
        h = rng.choice([n for n in range(1, e + 1) if e % n == 0 and (e // n) % 2 == 0])
        f = rng.randint(1, 6)
        dtype = rng.choice([np.float32, np.float64])
        shapes = {"attn_norm": (e,), "w_q": (e, e), "w_k": (e, e), "w_v": (e, e), "w_o": (e, e), "ffn_norm": (e,),
                  "w_gate": (f, e), "w_up": (f, e), "w_down": (e, f)}
        params = {name: gen.uniform(-1.5, 1.5, shape).astype(dtype) for name, shape in shapes.items()}
        x = (gen.standard_normal((b, length, e)) + gen.uniform(-1, 1, (b, length, 1))).astype(dtype)
        given = {"x": x, "params": params, "num_heads": h}
        if rng.random() < 0.5:
            given["eps"] = rng.choice([1e-8, 1e-5, 0.1, 1.0])
        if rng.random() < 0.5:
            given["rope_base"] = rng.choice([10.0, 100.0, 500000.0])
        yield given


def matrix(a):
    return [[float(v) for v in row] for row in a]


def linear(vector, W):
    """W (out, in) applied to one vector: [sum_c W[o][c] * vector[c]]."""
    return [math.fsum(row[c] * vector[c] for c in range(len(vector))) for row in W]


def rms_norm(vector, weight, eps):
    root = math.sqrt(math.fsum(v * v for v in vector) / len(vector) + eps)
    return [v / root * w for v, w in zip(vector, weight)]


def silu(z):
    return z / (1 + math.exp(-z)) if z >= 0 else z * math.exp(z) / (1 + math.exp(z))


def rotate(vector, position, heads, base):
    """Each head's features i and i + D/2 turned by position * base^(-2i/D)."""
    size, out = len(vector) // heads, list(vector)
    for head in range(heads):
        for i in range(size // 2):
            a, b = head * size + i, head * size + i + size // 2
            angle = position * base ** (-2 * i / size)
            out[a] = vector[a] * math.cos(angle) - vector[b] * math.sin(angle)
            out[b] = vector[b] * math.cos(angle) + vector[a] * math.sin(angle)
    return out


def attention(tokens, w, heads, base):
    q = [rotate(linear(t, w["w_q"]), p, heads, base) for p, t in enumerate(tokens)]
    k = [rotate(linear(t, w["w_k"]), p, heads, base) for p, t in enumerate(tokens)]
    v = [linear(t, w["w_v"]) for t in tokens]
    e = len(tokens[0])
    size = e // heads
    outputs = []
    for i in range(len(tokens)):
        concat = [0.0] * e
        for head in range(heads):
            features = range(head * size, (head + 1) * size)
            scores = [math.fsum(q[i][f] * k[j][f] for f in features) / math.sqrt(size) for j in range(i + 1)]
            top = max(scores)
            weights = [math.exp(s - top) for s in scores]
            total = math.fsum(weights)
            for f in features:
                concat[f] = math.fsum(weights[j] * v[j][f] for j in range(i + 1)) / total
        outputs.append(linear(concat, w["w_o"]))
    return outputs


def solve(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    w = {name: matrix(params[name]) if np.ndim(params[name]) == 2 else [float(v) for v in params[name]]
         for name in NAMES}
    out = np.zeros(x.shape)
    for b, sequence in enumerate(x):
        tokens = [[float(v) for v in token] for token in sequence]
        attended = attention([rms_norm(t, w["attn_norm"], eps) for t in tokens], w, num_heads, rope_base)
        for i, token in enumerate(tokens):
            h = [a + c for a, c in zip(token, attended[i])]
            n = rms_norm(h, w["ffn_norm"], eps)
            gate, up = linear(n, w["w_gate"]), linear(n, w["w_up"])
            hidden = [silu(g) * u for g, u in zip(gate, up)]
            out[b, i] = [a + c for a, c in zip(h, linear(hidden, w["w_down"]))]
    return out.astype(x.dtype)
