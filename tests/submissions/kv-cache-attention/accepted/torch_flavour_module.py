# Accepted: the PyTorch flavour (`shousi start kv-cache-attention --torch`), keys and values kept as (H, n, D)
# tensors grown with torch.cat, as HuggingFace's DynamicCache does.
import math

import torch
from torch import nn


class CachedSelfAttention(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int):
        super().__init__()
        self.num_heads, self.head_dim = num_heads, embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.v_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.reset()

    def reset(self) -> None:
        self.k_cache = self.v_cache = None

    def cache_len(self) -> int:
        return 0 if self.k_cache is None else self.k_cache.shape[1]

    def split(self, x: torch.Tensor) -> torch.Tensor:
        """(T, E) -> (H, T, D)."""
        return x.view(x.shape[0], self.num_heads, self.head_dim).transpose(0, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        t, e = x.shape
        q, k, v = self.split(self.q_proj(x)), self.split(self.k_proj(x)), self.split(self.v_proj(x))
        self.k_cache = k if self.k_cache is None else torch.cat([self.k_cache, k], dim=1)
        self.v_cache = v if self.v_cache is None else torch.cat([self.v_cache, v], dim=1)
        n = self.k_cache.shape[1]
        scores = q @ self.k_cache.transpose(-2, -1) / math.sqrt(self.head_dim)  # (H, T, n)
        if t > 1:
            causal = torch.ones(t, n, dtype=torch.bool, device=x.device).tril(n - t)
            scores = scores.masked_fill(~causal, float("-inf"))
        out = torch.softmax(scores, dim=-1) @ self.v_cache  # (H, T, D)
        return self.o_proj(out.transpose(0, 1).reshape(t, e))
