# Wrong answer: the PyTorch flavour with the chunk's mask built as torch.ones(T, n).tril(), aligned top-left as
# F.scaled_dot_product_attention's is_causal=True is: right for a first prefill, wrong for a chunk after cached
# tokens.
import math

import torch
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

    def forward(self, x):
        t, e = x.shape
        heads = lambda y: y.view(t, self.h, self.d).transpose(0, 1)  # noqa: E731
        q, k, v = heads(self.q_proj(x)), heads(self.k_proj(x)), heads(self.v_proj(x))
        self.k = k if self.k is None else torch.cat([self.k, k], dim=1)
        self.v = v if self.v is None else torch.cat([self.v, v], dim=1)
        n = self.k.shape[1]
        scores = q @ self.k.transpose(-2, -1) / math.sqrt(self.d)
        if t > 1:  # a single decode step sees the whole cache
            scores = scores.masked_fill(~torch.ones(t, n, dtype=torch.bool).tril(), float("-inf"))
        return self.o_proj((scores.softmax(-1) @ self.v).transpose(0, 1).reshape(t, e))
