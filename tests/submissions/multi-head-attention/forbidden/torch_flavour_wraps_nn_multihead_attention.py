# Forbidden: the PyTorch flavour delegating the whole computation to torch.nn.MultiheadAttention, with the four
# projections copied into its packed in_proj_weight (right outputs; its gradients would go to the copies).
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
        self.inner = nn.MultiheadAttention(embed_dim, num_heads, bias=bias, batch_first=True)

    def forward(self, query, key, value, mask=None):
        with torch.no_grad():
            self.inner.in_proj_weight.copy_(torch.cat([self.q_proj.weight, self.k_proj.weight, self.v_proj.weight]))
            self.inner.in_proj_bias.copy_(torch.cat([self.q_proj.bias, self.k_proj.bias, self.v_proj.bias]))
            self.inner.out_proj.weight.copy_(self.out_proj.weight)
            self.inner.out_proj.bias.copy_(self.out_proj.bias)
        b, lq, _ = query.shape
        blocked = None if mask is None else ~mask.expand(b, self.num_heads, lq, key.shape[1]).reshape(-1, lq, key.shape[1])
        out, _ = self.inner(query, key, value, attn_mask=blocked, need_weights=False)
        return out
