# Wrong answer: the PyTorch flavour whose forward pass is right, but the queries are detached after the projection, so
# part of the gradient of x (and all of q_proj's) never arrives. Only the gradient cases catch it.
import math

import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotate_half(t):
    first, second = t.chunk(2, dim=-1)
    return torch.cat((-second, first), dim=-1)


class Attention(nn.Module):
    def __init__(self, embed_dim, num_heads, rope_base):
        super().__init__()
        self.num_heads, self.head_dim, self.rope_base = num_heads, embed_dim // num_heads, rope_base
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.v_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)

    def rotary(self, length, like):
        """cos and sin (L, D) in the dtype of `like`: a float64 test needs float64 angles."""
        inv_freq = self.rope_base ** (-torch.arange(0, self.head_dim, 2, dtype=like.dtype) / self.head_dim)
        angles = torch.outer(torch.arange(length, dtype=like.dtype), inv_freq)
        angles = torch.cat((angles, angles), dim=-1)
        return angles.cos(), angles.sin()

    def forward(self, x):
        b, length, e = x.shape
        heads = lambda y: y.view(b, length, self.num_heads, self.head_dim).transpose(1, 2)  # noqa: E731
        q, k, v = heads(self.q_proj(x)).detach(), heads(self.k_proj(x)), heads(self.v_proj(x))
        cos, sin = self.rotary(length, x)
        q, k = q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.head_dim)
        future = torch.ones(length, length, dtype=torch.bool).triu(1)
        weights = torch.softmax(scores.masked_fill(future, float("-inf")), dim=-1)
        return self.o_proj((weights @ v).transpose(1, 2).reshape(b, length, e))


class MLP(nn.Module):
    def __init__(self, embed_dim, hidden_dim):
        super().__init__()
        self.gate_proj = nn.Linear(embed_dim, hidden_dim, bias=False)
        self.up_proj = nn.Linear(embed_dim, hidden_dim, bias=False)
        self.down_proj = nn.Linear(hidden_dim, embed_dim, bias=False)

    def forward(self, x):
        return self.down_proj(nn.functional.silu(self.gate_proj(x)) * self.up_proj(x))


class DecoderBlock(nn.Module):
    def __init__(self, embed_dim, num_heads, hidden_dim, eps=1e-6, rope_base=10000.0):
        super().__init__()
        self.input_layernorm = RMSNorm(embed_dim, eps)
        self.self_attn = Attention(embed_dim, num_heads, rope_base)
        self.post_attention_layernorm = RMSNorm(embed_dim, eps)
        self.mlp = MLP(embed_dim, hidden_dim)

    def forward(self, x):
        h = x + self.self_attn(self.input_layernorm(x))
        return h + self.mlp(self.post_attention_layernorm(h))
