# Wrong answer: the PyTorch flavour scaling the scores by 1/sqrt(E), the whole width, instead of 1/sqrt(D).
import math

import torch
from torch import nn


class GroupedQueryAttention(nn.Module):
    def __init__(self, embed_dim, num_heads, num_kv_heads):
        super().__init__()
        if embed_dim % num_heads or num_heads % num_kv_heads:
            raise ValueError("embed_dim % num_heads and num_heads % num_kv_heads must be 0")
        self.num_heads, self.num_kv_heads = num_heads, num_kv_heads
        self.head_dim = d = embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, num_kv_heads * d, bias=False)
        self.v_proj = nn.Linear(embed_dim, num_kv_heads * d, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)

    def forward(self, x, causal=True):
        b, length, e = x.shape
        group = self.num_heads // self.num_kv_heads
        heads = lambda t, n: t.view(b, length, n, self.head_dim).transpose(1, 2)  # noqa: E731
        q = heads(self.q_proj(x), self.num_heads)
        k = heads(self.k_proj(x), self.num_kv_heads).repeat_interleave(group, dim=1)
        v = heads(self.v_proj(x), self.num_kv_heads).repeat_interleave(group, dim=1)
        scores = q @ k.transpose(-2, -1) / math.sqrt(e)
        if causal:
            scores = scores.masked_fill(torch.ones(length, length, dtype=torch.bool).triu(1), float("-inf"))
        weights = torch.softmax(scores, dim=-1)
        return self.o_proj((weights @ v).transpose(1, 2).reshape(b, length, e))
