# Wrong: a causal mask off by one the other way, np.tril(k=-1): a token does not see itself, so the first token sees
# nothing and its softmax is 0/0 (NaN).
import math

import numpy as np


def rms_norm(x, weight, eps):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * weight


def rope(t, base):
    L, D = t.shape[-2:]
    inv_freq = base ** (-np.arange(0, D, 2) / D)
    angles = np.outer(np.arange(L), inv_freq)
    angles = np.concatenate([angles, angles], axis=-1)
    cos, sin = np.cos(angles).astype(t.dtype), np.sin(angles).astype(t.dtype)
    first, second = t[..., : D // 2], t[..., D // 2:]
    return t * cos + np.concatenate([-second, first], axis=-1) * sin


def attention(x, p, num_heads, rope_base):
    B, L, E = x.shape
    D = E // num_heads
    heads = lambda y: y.reshape(B, L, num_heads, D).transpose(0, 2, 1, 3)  # noqa: E731
    q = rope(heads(x @ p["w_q"].T), rope_base)
    k = rope(heads(x @ p["w_k"].T), rope_base)
    v = heads(x @ p["w_v"].T)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(D)
    scores = np.where(np.tril(np.ones((L, L), dtype=bool), k=-1), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return (weights @ v).transpose(0, 2, 1, 3).reshape(B, L, E) @ p["w_o"].T


def silu(z):
    return 0.5 * z * (1 + np.tanh(0.5 * z))  # z * sigmoid(z), no exp to overflow


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    p = {name: np.asarray(w, dtype=x.dtype) for name, w in params.items()}  # the examples give lists
    h = x + attention(rms_norm(x, p["attn_norm"], eps), p, num_heads, rope_base)
    n = rms_norm(h, p["ffn_norm"], eps)
    return h + (silu(n @ p["w_gate"].T) * (n @ p["w_up"].T)) @ p["w_down"].T
