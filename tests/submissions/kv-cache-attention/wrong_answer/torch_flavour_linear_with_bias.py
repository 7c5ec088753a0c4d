# Wrong answer: the PyTorch flavour with nn.Linear's default bias=True. The grader loads the four weights and
# nothing else, so the biases keep their random initial values and shift every projection.
import math

import torch
from torch import nn


class CachedSelfAttention(nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        self.h, self.d = num_heads, embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim)
        self.k_proj = nn.Linear(embed_dim, embed_dim)
        self.v_proj = nn.Linear(embed_dim, embed_dim)
        self.o_proj = nn.Linear(embed_dim, embed_dim)
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
        scores = scores.masked_fill(~torch.ones(t, n, dtype=torch.bool).tril(n - t), float("-inf"))
        return self.o_proj((scores.softmax(-1) @ self.v).transpose(0, 1).reshape(t, e))
