"""RoPE in PyTorch, in the dtype of x (float32 angles for float32, as HuggingFace computes them), written apart
from the reference: HuggingFace's cos/sin tables and rotate_half for interleaved=False, Meta's LLaMA complex
numbers (torch.polar, torch.view_as_complex) for interleaved=True. torch has no rotary call of its own in its core.
"""

import torch


def rotate_half(t):
    half = t.shape[-1] // 2
    return torch.cat((-t[..., half:], t[..., :half]), dim=-1)


def solve(x, positions, base=10000.0, interleaved=False):
    x = torch.from_numpy(x)
    d = x.shape[-1]
    inv_freq = 1.0 / (base ** (torch.arange(0, d, 2, dtype=torch.int64).to(x.dtype) / d))  # (d/2,)
    freqs = torch.outer(torch.from_numpy(positions).to(x.dtype), inv_freq)  # (L, d/2)
    if not interleaved:
        emb = torch.cat((freqs, freqs), dim=-1)  # (L, d): feature i and i + d/2 share an angle
        return (x * emb.cos() + rotate_half(x) * emb.sin()).numpy()
    cis = torch.polar(torch.ones_like(freqs), freqs)  # e^(i * angle), (L, d/2) complex
    pairs = torch.view_as_complex(x.reshape(*x.shape[:-1], d // 2, 2).contiguous())  # x[2i] + i x[2i+1]
    return torch.view_as_real(pairs * cis).flatten(-2).numpy()
