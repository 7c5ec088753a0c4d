# Too slow: the PyTorch flavour caching the tokens, not their keys and values: every call re-projects the whole
# prefix with k_proj and v_proj, O(cache_len * E^2) per decode step.
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
        self.tokens = None

    def cache_len(self):
        return 0 if self.tokens is None else self.tokens.shape[0]

    def forward(self, x):
        self.tokens = x if self.tokens is None else torch.cat([self.tokens, x])
        n, (t, e) = self.tokens.shape[0], x.shape
        heads = lambda y: y.view(y.shape[0], self.h, self.d).transpose(0, 1)  # noqa: E731
        q = heads(self.q_proj(x))
        k, v = heads(self.k_proj(self.tokens)), heads(self.v_proj(self.tokens))  # the whole prefix, again
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d)
        scores = scores.masked_fill(~torch.ones(t, n, dtype=torch.bool).tril(n - t), float("-inf"))
        return self.o_proj((scores.softmax(-1) @ v).transpose(0, 1).reshape(t, e))
