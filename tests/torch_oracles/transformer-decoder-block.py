"""transformer-decoder-block in PyTorch, in the dtype of x: F.rms_norm, F.linear, LLaMA's rotate_half RoPE,
F.scaled_dot_product_attention(is_causal=True) and F.silu, as HuggingFace's LlamaDecoderLayer composes them."""

import torch
import torch.nn.functional as F


def rotate_half(t):
    first, second = t.chunk(2, dim=-1)
    return torch.cat((-second, first), dim=-1)


def rotary(length, head_dim, base, dtype):
    """cos and sin (L, D) of LLaMA's rotary embedding, the D/2 frequencies repeated for both halves."""
    inv_freq = 1.0 / (base ** (torch.arange(0, head_dim, 2, dtype=torch.float64) / head_dim))
    angles = torch.outer(torch.arange(length, dtype=torch.float64), inv_freq)
    angles = torch.cat((angles, angles), dim=-1)
    return angles.cos().to(dtype), angles.sin().to(dtype)


def solve(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    t = torch.from_numpy(x)
    w = {name: torch.as_tensor(value, dtype=t.dtype) for name, value in params.items()}
    b, length, e = t.shape
    d = e // num_heads
    heads = lambda y: y.view(b, length, num_heads, d).transpose(1, 2)  # noqa: E731
    normed = F.rms_norm(t, (e,), w["attn_norm"], eps)
    q, k, v = (heads(F.linear(normed, w[name])) for name in ("w_q", "w_k", "w_v"))
    cos, sin = rotary(length, d, rope_base, t.dtype)
    q, k = q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
    attended = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    h = t + F.linear(attended.transpose(1, 2).reshape(b, length, e), w["w_o"])
    normed = F.rms_norm(h, (e,), w["ffn_norm"], eps)
    out = h + F.linear(F.silu(F.linear(normed, w["w_gate"])) * F.linear(normed, w["w_up"]), w["w_down"])
    return out.numpy()
