# Runtime error: math.sqrt on the (B, L, 1) array of mean squares (TypeError: only length-1 arrays can be converted
# to Python scalars); np.sqrt works element by element.
import math

import numpy as np


def rms_norm(x, weight, eps):
    return x / math.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * weight


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    p = {name: np.asarray(w, dtype=x.dtype) for name, w in params.items()}
    B, L, E = x.shape
    D = E // num_heads
    n = rms_norm(x, p["attn_norm"], eps)
    heads = lambda y: y.reshape(B, L, num_heads, D).transpose(0, 2, 1, 3)  # noqa: E731
    q, k, v = heads(n @ p["w_q"].T), heads(n @ p["w_k"].T), heads(n @ p["w_v"].T)
    angles = np.outer(np.arange(L), rope_base ** (-np.arange(0, D, 2) / D))
    cos, sin = np.cos(angles), np.sin(angles)
    turn = lambda t: np.concatenate([t[..., :D // 2] * cos - t[..., D // 2:] * sin,  # noqa: E731
                                     t[..., D // 2:] * cos + t[..., :D // 2] * sin], axis=-1)
    s = turn(q) @ turn(k).transpose(0, 1, 3, 2) / math.sqrt(D)
    s = np.where(np.tril(np.ones((L, L), dtype=bool)), s, -np.inf)
    a = np.exp(s - s.max(-1, keepdims=True))
    h = x + ((a / a.sum(-1, keepdims=True)) @ v).transpose(0, 2, 1, 3).reshape(B, L, E) @ p["w_o"].T
    m = rms_norm(h, p["ffn_norm"], eps)
    g = m @ p["w_gate"].T
    return (h + (g / (1 + np.exp(-g)) * (m @ p["w_up"].T)) @ p["w_down"].T).astype(x.dtype)
