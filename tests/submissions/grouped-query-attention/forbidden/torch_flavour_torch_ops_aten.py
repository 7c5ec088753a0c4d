# The PyTorch flavour calling the attention operator through torch.ops.aten (found by the blind breaker).
import math
import torch
from torch import nn


class GroupedQueryAttention(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int, num_kv_heads: int):
        super().__init__()
        if embed_dim % num_heads != 0 or num_heads % num_kv_heads != 0:
            raise ValueError("embed_dim % num_heads and num_heads % num_kv_heads must be 0")
        self.E, self.H, self.KV = embed_dim, num_heads, num_kv_heads
        self.D = embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, num_kv_heads * self.D, bias=False)
        self.v_proj = nn.Linear(embed_dim, num_kv_heads * self.D, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)

    def forward(self, x: torch.Tensor, causal: bool = True) -> torch.Tensor:
        B, L, E = x.shape
        H, KV, D = self.H, self.KV, self.D
        q = self.q_proj(x).view(B, L, H, D).transpose(1, 2)
        k = self.k_proj(x).view(B, L, KV, D).transpose(1, 2)
        v = self.v_proj(x).view(B, L, KV, D).transpose(1, 2)
        k = torch.repeat_interleave(k, H // KV, dim=1)   #REPEAT
        v = torch.repeat_interleave(v, H // KV, dim=1)   #REPEATV
        s = q @ k.transpose(-2, -1) / math.sqrt(D)
        if causal:
            mask = torch.ones(L, L, dtype=torch.bool, device=x.device).triu(1)
            s = s.masked_fill(mask, float("-inf"))   #FILL
        o = torch.ops.aten.scaled_dot_product_attention(q, k, v, is_causal=causal).transpose(1, 2).reshape(B, L, E)
        return self.o_proj(o)   #RET
