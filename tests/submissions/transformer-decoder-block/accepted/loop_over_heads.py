# Accepted, the slowest: Python loops over batch elements and heads, each head's projections, rotation and causal
# attention in NumPy (float64), with the rotation written pair by pair as a 2-D turn.
import math

import numpy as np


def rms_norm(x, weight, eps):
    return x / np.sqrt((x ** 2).mean(axis=-1, keepdims=True) + eps) * weight


def turn(t, cos, sin):
    """One head's (L, D) rows: the pair (t[:, i], t[:, i + D/2]) turned by the angles of row p."""
    half = t.shape[1] // 2
    a, b = t[:, :half], t[:, half:]
    return np.hstack([a * cos - b * sin, b * cos + a * sin])


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    w = {name: np.array(value, dtype=np.float64) for name, value in params.items()}  # lists in the examples
    xs = x.astype(np.float64)
    B, L, E = xs.shape
    D = E // num_heads
    i = np.arange(D // 2)
    angles = np.arange(L)[:, None] * rope_base ** (-2.0 * i / D)[None, :]
    cos, sin = np.cos(angles), np.sin(angles)
    out = np.empty_like(xs)
    for b in range(B):
        n = rms_norm(xs[b], w["attn_norm"], eps)
        attended = np.zeros((L, E))
        for head in range(num_heads):
            rows = slice(head * D, (head + 1) * D)
            q = turn(n @ w["w_q"][rows].T, cos, sin)
            k = turn(n @ w["w_k"][rows].T, cos, sin)
            v = n @ w["w_v"][rows].T
            scores = q @ k.T / math.sqrt(D)
            scores[np.triu_indices(L, 1)] = -np.inf
            p = np.exp(scores - scores.max(axis=1, keepdims=True))
            attended[:, rows] = (p / p.sum(axis=1, keepdims=True)) @ v
        h = xs[b] + attended @ w["w_o"].T
        m = rms_norm(h, w["ffn_norm"], eps)
        gate = m @ w["w_gate"].T
        out[b] = h + ((gate / (1 + np.exp(-np.clip(gate, -700, None)))) * (m @ w["w_up"].T)) @ w["w_down"].T
    return out.astype(x.dtype)
