# Forbidden: the PyTorch flavour with the cache written out, but the attention left to
# F.scaled_dot_product_attention (with the right bottom-right mask).
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
        q, mask = self.append(x)
        out = F.scaled_dot_product_attention(q, self.k, self.v, attn_mask=mask)
        return self.o_proj(out.transpose(0, 1).reshape(x.shape))
