# Forbidden: the PyTorch flavour wrapping nn.MultiheadAttention (its projections copied from the four layers) and
# running it over the whole sequence at each call.
import torch
from torch import nn


class CachedSelfAttention(nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.v_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.attention = nn.MultiheadAttention(embed_dim, num_heads, bias=False, batch_first=True)
        self.reset()

    def reset(self):
        self.seq = None

    def cache_len(self):
        return 0 if self.seq is None else self.seq.shape[0]

    def forward(self, x):
        self.seq = x if self.seq is None else torch.cat([self.seq, x])
        self.attention.in_proj_weight.copy_(torch.cat([self.q_proj.weight, self.k_proj.weight, self.v_proj.weight]))
        self.attention.out_proj.weight.copy_(self.o_proj.weight)
        n, t = self.seq.shape[0], x.shape[0]
        blocked = ~torch.ones(t, n, dtype=torch.bool).tril(n - t)
        out, _ = self.attention(x[None], self.seq[None], self.seq[None], attn_mask=blocked, need_weights=False)
        return out[0]
