# Forbidden: torch.nn.attention.flex_attention with a causal score_mod for the attention; the norms, RoPE and FFN
# by hand (right answers: accepted without the check).
import numpy as np
import torch
from torch.nn.attention.flex_attention import flex_attention


def causal(score, b, h, q_idx, kv_idx):
    return torch.where(q_idx >= kv_idx, score, -float("inf"))


def rms(x, w, eps):
    return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * w


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    p = {name: np.asarray(w, dtype=np.float64) for name, w in params.items()}
    x64 = x.astype(np.float64)
    B, L, E = x.shape
    D = E // num_heads
    heads = lambda y: y.reshape(B, L, num_heads, D).transpose(0, 2, 1, 3)  # noqa: E731
    n = rms(x64, p["attn_norm"], eps)
    angles = np.outer(np.arange(L), rope_base ** (-np.arange(0, D, 2) / D))
    cos, sin = np.cos(angles), np.sin(angles)
    turn = lambda t: np.concatenate([t[..., :D // 2] * cos - t[..., D // 2:] * sin,  # noqa: E731
                                     t[..., D // 2:] * cos + t[..., :D // 2] * sin], axis=-1)
    q, k, v = (torch.from_numpy(np.ascontiguousarray(a)) for a in
               (turn(heads(n @ p["w_q"].T)), turn(heads(n @ p["w_k"].T)), heads(n @ p["w_v"].T)))
    attended = flex_attention(q, k, v, score_mod=causal).numpy()
    h = x64 + attended.transpose(0, 2, 1, 3).reshape(B, L, E) @ p["w_o"].T
    m = rms(h, p["ffn_norm"], eps)
    g = m @ p["w_gate"].T
    return (h + (g * np.exp(-np.logaddexp(0, -g)) * (m @ p["w_up"].T)) @ p["w_down"].T).astype(x.dtype)
