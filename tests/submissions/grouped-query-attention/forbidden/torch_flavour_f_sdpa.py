# Forbidden: the PyTorch flavour with the projections written out but the attention itself left to
# torch.nn.functional.scaled_dot_product_attention(enable_gqa=True).
import torch.nn.functional as F
from torch import nn


class GroupedQueryAttention(nn.Module):
    def __init__(self, embed_dim, num_heads, num_kv_heads):
        super().__init__()
        if embed_dim % num_heads or num_heads % num_kv_heads:
            raise ValueError("embed_dim % num_heads and num_heads % num_kv_heads must be 0")
        self.num_heads, self.num_kv_heads, self.head_dim = num_heads, num_kv_heads, embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, num_kv_heads * self.head_dim, bias=False)
        self.v_proj = nn.Linear(embed_dim, num_kv_heads * self.head_dim, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)

    def forward(self, x, causal=True):
        b, length, e = x.shape
        heads = lambda t, n: t.view(b, length, n, self.head_dim).transpose(1, 2)  # noqa: E731
        out = F.scaled_dot_product_attention(heads(self.q_proj(x), self.num_heads),
                                             heads(self.k_proj(x), self.num_kv_heads),
                                             heads(self.v_proj(x), self.num_kv_heads), is_causal=causal,
                                             enable_gqa=True)
        return self.o_proj(out.transpose(1, 2).reshape(b, length, e))
