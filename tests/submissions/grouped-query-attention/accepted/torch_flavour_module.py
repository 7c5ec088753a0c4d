# Accepted: the PyTorch flavour, a clean nn.Module with repeat_interleave (`shousi start grouped-query-attention --torch`).
import math

import torch
from torch import nn


class GroupedQueryAttention(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int, num_kv_heads: int):
        super().__init__()
        if embed_dim % num_heads:
            raise ValueError(f"embed_dim {embed_dim} is not divisible by num_heads {num_heads}")
        if num_heads % num_kv_heads:
            raise ValueError(f"num_heads {num_heads} is not divisible by num_kv_heads {num_kv_heads}")
        self.num_heads, self.num_kv_heads = num_heads, num_kv_heads
        self.head_dim = embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, num_kv_heads * self.head_dim, bias=False)
        self.v_proj = nn.Linear(embed_dim, num_kv_heads * self.head_dim, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)

    def split(self, t: torch.Tensor, n: int) -> torch.Tensor:
        """(B, L, n * D) -> (B, n, L, D)."""
        b, length, _ = t.shape
        return t.view(b, length, n, self.head_dim).transpose(1, 2)

    def forward(self, x: torch.Tensor, causal: bool = True) -> torch.Tensor:
        b, length, e = x.shape
        group = self.num_heads // self.num_kv_heads
        q = self.split(self.q_proj(x), self.num_heads)
        k = self.split(self.k_proj(x), self.num_kv_heads).repeat_interleave(group, dim=1)
        v = self.split(self.v_proj(x), self.num_kv_heads).repeat_interleave(group, dim=1)
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.head_dim)
        if causal:
            hidden = torch.ones(length, length, dtype=torch.bool).triu(1)
            scores = scores.masked_fill(hidden, float("-inf"))
        weights = torch.softmax(scores, dim=-1)
        return self.o_proj((weights @ v).transpose(1, 2).reshape(b, length, e))
