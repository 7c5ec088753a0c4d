# Wrong answer: the PyTorch flavour whose forward pass is right, but the query projection is detached, so no
# gradient reaches `query` or q_proj: training such a module would never update W_q. Only the gradient cases
# catch it.
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
        d = e // self.num_heads
        heads = lambda x: x.view(b, -1, self.num_heads, d).transpose(1, 2)  # noqa: E731
        q = heads(self.q_proj(query).detach())
        k, v = heads(self.k_proj(key)), heads(self.v_proj(value))
        scores = q @ k.transpose(-2, -1) / math.sqrt(d)
        if mask is not None:
            scores = scores.masked_fill(~mask, float("-inf"))
        weights = torch.exp(scores - scores.amax(-1, keepdim=True).clamp_min(-1e30))
        weights = weights / weights.sum(-1, keepdim=True).clamp_min(1e-30)
        return self.out_proj((weights @ v).transpose(1, 2).reshape(b, lq, e))
