# Forbidden: the PyTorch flavour with the norms by hand but the attention left to
# torch.nn.functional.scaled_dot_product_attention(is_causal=True).
import torch
import torch.nn.functional as F
from torch import nn


class Norm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.weight, self.eps = nn.Parameter(torch.ones(dim)), eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


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
        out = F.scaled_dot_product_attention(turn(q), turn(k), v, is_causal=True)
        return self.o_proj(out.transpose(1, 2).reshape(b, n, e))


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
        self.input_layernorm = Norm(embed_dim, eps)
        self.self_attn = Attention(embed_dim, num_heads, rope_base)
        self.post_attention_layernorm = Norm(embed_dim, eps)
        self.mlp = MLP(embed_dim, hidden_dim)

    def forward(self, x):
        h = x + self.self_attn(self.input_layernorm(x))
        return h + self.mlp(self.post_attention_layernorm(h))
