# Wrong answer: the PyTorch flavour scaling the scores by 1/sqrt(E), the whole width, instead of 1/sqrt(E/H), the
# head size: the softmax is too flat as soon as there are several heads.
import math

import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    def __init__(self, embed_dim, num_heads, bias=True):
        super().__init__()
        if embed_dim % num_heads:
            raise ValueError("embed_dim must be divisible by num_heads")
        self.num_heads = num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=bias)
        self.k_proj = nn.Linear(embed_dim, embed_dim, bias=bias)
        self.v_proj = nn.Linear(embed_dim, embed_dim, bias=bias)
        self.out_proj = nn.Linear(embed_dim, embed_dim, bias=bias)

    def forward(self, query, key, value, mask=None):
        b, lq, e = query.shape
        heads = lambda x: x.view(b, -1, self.num_heads, e // self.num_heads).transpose(1, 2)  # noqa: E731
        q, k, v = heads(self.q_proj(query)), heads(self.k_proj(key)), heads(self.v_proj(value))
        scores = q @ k.transpose(-2, -1) / math.sqrt(e)
        if mask is not None:
            scores = scores.masked_fill(~mask, float("-inf"))
        weights = torch.exp(scores - scores.amax(-1, keepdim=True).clamp_min(-1e30))
        weights = weights / weights.sum(-1, keepdim=True).clamp_min(1e-30)
        return self.out_proj((weights @ v).transpose(1, 2).reshape(b, lq, e))
