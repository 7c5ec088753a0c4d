# Forbidden: the PyTorch flavour with torch.nn.RMSNorm as input_layernorm and post_attention_layernorm (the names
# and the `weight` even match), the rest by hand.
import math

import torch
import torch.nn.functional as F
from torch import nn


class Attention(nn.Module):
    def __init__(self, e, h, base):
        super().__init__()
        self.h, self.d, self.base = h, e // h, base
        self.q_proj, self.k_proj = nn.Linear(e, e, bias=False), nn.Linear(e, e, bias=False)
        self.v_proj, self.o_proj = nn.Linear(e, e, bias=False), nn.Linear(e, e, bias=False)

    def forward(self, x):
        b, n, e = x.shape
        split = lambda y: y.view(b, n, self.h, self.d).transpose(1, 2)  # noqa: E731
        q, k, v = split(self.q_proj(x)), split(self.k_proj(x)), split(self.v_proj(x))
        angles = torch.outer(torch.arange(n, dtype=x.dtype),
                             self.base ** (-torch.arange(0, self.d, 2, dtype=x.dtype) / self.d))
        cos, sin = angles.cos(), angles.sin()
        turn = lambda t: torch.cat([t[..., :self.d // 2] * cos - t[..., self.d // 2:] * sin,  # noqa: E731
                                    t[..., self.d // 2:] * cos + t[..., :self.d // 2] * sin], dim=-1)
        s = turn(q) @ turn(k).transpose(-1, -2) / math.sqrt(self.d)
        s = s.masked_fill(torch.ones(n, n, dtype=torch.bool).triu(1), float("-inf")).softmax(-1)
        return self.o_proj((s @ v).transpose(1, 2).reshape(b, n, e))


class MLP(nn.Module):
    def __init__(self, e, f):
        super().__init__()
        self.gate_proj, self.up_proj = nn.Linear(e, f, bias=False), nn.Linear(e, f, bias=False)
        self.down_proj = nn.Linear(f, e, bias=False)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class DecoderBlock(nn.Module):
    def __init__(self, embed_dim, num_heads, hidden_dim, eps=1e-6, rope_base=10000.0):
        super().__init__()
        self.input_layernorm = nn.RMSNorm(embed_dim, eps=eps)
        self.self_attn = Attention(embed_dim, num_heads, rope_base)
        self.post_attention_layernorm = nn.RMSNorm(embed_dim, eps=eps)
        self.mlp = MLP(embed_dim, hidden_dim)

    def forward(self, x):
        h = x + self.self_attn(self.input_layernorm(x))
        return h + self.mlp(self.post_attention_layernorm(h))
