# Forbidden: the NumPy flavour with both norms done by torch.rms_norm (the norm is part of the exercise).
import math

import numpy as np
import torch


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    p = {name: torch.as_tensor(np.asarray(w, dtype=np.float64)) for name, w in params.items()}
    t = torch.from_numpy(x.astype(np.float64))
    B, L, E = t.shape
    D = E // num_heads
    n = torch.rms_norm(t, (E,), p["attn_norm"], eps)
    heads = lambda y: y.view(B, L, num_heads, D).transpose(1, 2)  # noqa: E731
    q, k, v = heads(n @ p["w_q"].T), heads(n @ p["w_k"].T), heads(n @ p["w_v"].T)
    inv_freq = rope_base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)
    angles = torch.outer(torch.arange(L, dtype=torch.float64), inv_freq)
    cos, sin = angles.cos(), angles.sin()
    turn = lambda y: torch.cat([y[..., :D // 2] * cos - y[..., D // 2:] * sin,  # noqa: E731
                                y[..., D // 2:] * cos + y[..., :D // 2] * sin], dim=-1)
    s = turn(q) @ turn(k).transpose(-1, -2) / math.sqrt(D)
    s = s.masked_fill(torch.ones(L, L, dtype=torch.bool).triu(1), float("-inf")).softmax(-1)
    h = t + (s @ v).transpose(1, 2).reshape(B, L, E) @ p["w_o"].T
    m = torch.rms_norm(h, (E,), p["ffn_norm"], eps)
    out = h + (torch.nn.functional.silu(m @ p["w_gate"].T) * (m @ p["w_up"].T)) @ p["w_down"].T
    return out.numpy().astype(x.dtype)
