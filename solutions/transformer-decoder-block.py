import math

import numpy as np

WEIGHTS = ("attn_norm", "w_q", "w_k", "w_v", "w_o", "ffn_norm", "w_gate", "w_up", "w_down")


def rms_norm(x: np.ndarray, weight: np.ndarray, eps: float) -> np.ndarray:
    """LLaMA's RMSNorm over the last axis: x / sqrt(mean(x^2) + eps) * weight (eps inside the root)."""
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * weight


def silu(z: np.ndarray) -> np.ndarray:
    """z * sigmoid(z), with sigmoid(z) = exp(-log(1 + exp(-z))): no overflow for any |z|."""
    return z * np.exp(-np.logaddexp(0.0, -z))


def swiglu_ffn(x: np.ndarray, w_gate: np.ndarray, w_up: np.ndarray, w_down: np.ndarray) -> np.ndarray:
    """(silu(x @ w_gate.T) * (x @ w_up.T)) @ w_down.T."""
    return (silu(x @ w_gate.T) * (x @ w_up.T)) @ w_down.T


def rope(t: np.ndarray, base: float) -> np.ndarray:
    """Half-split rotary embedding of t (B, H, L, D): feature i pairs with i + D/2, position p turns the pair by
    p * base^(-2i/D), for i < D/2 (LLaMA's rotate_half layout)."""
    length, d = t.shape[-2], t.shape[-1]
    half = d // 2
    inv_freq = base ** (-2.0 * np.arange(half) / d)  # (D/2,)
    angles = np.arange(length)[:, None] * inv_freq[None, :]  # (L, D/2)
    cos, sin = np.cos(angles), np.sin(angles)
    first, second = t[..., :half], t[..., half:]
    return np.concatenate([first * cos - second * sin, second * cos + first * sin], axis=-1)


def causal_self_attention(x: np.ndarray, w_q, w_k, w_v, w_o, num_heads: int, rope_base: float) -> np.ndarray:
    """Multi-head causal self-attention without biases; RoPE on q and k of each head; scale 1/sqrt(D)."""
    b, length, e = x.shape
    d = e // num_heads
    split = lambda t: t.reshape(b, length, num_heads, d).transpose(0, 2, 1, 3)  # noqa: E731 (B, H, L, D)
    q = rope(split(x @ w_q.T), rope_base)
    k = rope(split(x @ w_k.T), rope_base)
    v = split(x @ w_v.T)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(d)  # (B, H, L, L)
    future = np.triu(np.ones((length, length), dtype=bool), k=1)  # key j > query i is hidden
    scores = np.where(future, -np.inf, scores)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))  # the diagonal is always visible
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = (weights @ v).transpose(0, 2, 1, 3).reshape(b, length, e)  # heads side by side again
    return heads @ w_o.T


def decoder_block(x: np.ndarray, params: dict, num_heads: int, eps: float = 1e-6,
                  rope_base: float = 10000.0) -> np.ndarray:
    """One LLaMA decoder block, pre-norm: h = x + attention(rms_norm(x)), out = h + swiglu_ffn(rms_norm(h)).

    x (B, L, E); params holds attn_norm and ffn_norm (E,), w_q, w_k, w_v, w_o (E, E), w_gate and w_up (F, E),
    w_down (E, F) (lists are accepted too). Computed in float64, returned in x's dtype.
    """
    x = np.asarray(x)
    b, length, e = x.shape
    if num_heads <= 0 or e % num_heads or (e // num_heads) % 2:
        raise ValueError(f"embed_dim {e} must split into num_heads {num_heads} heads of an even size")
    p = {name: np.asarray(params[name], dtype=np.float64) for name in WEIGHTS}
    x64 = x.astype(np.float64)
    h = x64 + causal_self_attention(rms_norm(x64, p["attn_norm"], eps), p["w_q"], p["w_k"], p["w_v"], p["w_o"],
                                    num_heads, rope_base)
    out = h + swiglu_ffn(rms_norm(h, p["ffn_norm"], eps), p["w_gate"], p["w_up"], p["w_down"])
    return out.astype(x.dtype, copy=False)
