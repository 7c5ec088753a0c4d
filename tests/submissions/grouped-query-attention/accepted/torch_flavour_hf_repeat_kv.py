# Accepted: the PyTorch flavour as HuggingFace LLaMA writes it: repeat_kv (expand + reshape) and an additive
# causal mask of torch.finfo(dtype).min, far below any score, so that the hidden keys get exactly zero weight.
import math

import torch
from torch import nn


def repeat_kv(hidden: torch.Tensor, n_rep: int) -> torch.Tensor:
    """(B, KV, L, D) -> (B, KV * n_rep, L, D), each kv head repeated n_rep times in place."""
    b, kv, length, d = hidden.shape
    if n_rep == 1:
        return hidden
    return hidden[:, :, None, :, :].expand(b, kv, n_rep, length, d).reshape(b, kv * n_rep, length, d)


class GroupedQueryAttention(nn.Module):
    def __init__(self, embed_dim, num_heads, num_kv_heads):
        super().__init__()
        if embed_dim % num_heads != 0 or num_heads % num_kv_heads != 0:
            raise ValueError("embed_dim % num_heads and num_heads % num_kv_heads must be 0")
        self.num_heads = num_heads
        self.num_key_value_heads = num_kv_heads
        self.num_key_value_groups = num_heads // num_kv_heads
        self.head_dim = embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, num_heads * self.head_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, num_kv_heads * self.head_dim, bias=False)
        self.v_proj = nn.Linear(embed_dim, num_kv_heads * self.head_dim, bias=False)
        self.o_proj = nn.Linear(num_heads * self.head_dim, embed_dim, bias=False)

    def forward(self, x, causal=True):
        bsz, q_len, _ = x.size()
        shape = (bsz, q_len, -1, self.head_dim)
        query_states = self.q_proj(x).view(shape).transpose(1, 2)
        key_states = repeat_kv(self.k_proj(x).view(shape).transpose(1, 2), self.num_key_value_groups)
        value_states = repeat_kv(self.v_proj(x).view(shape).transpose(1, 2), self.num_key_value_groups)
        attn_weights = torch.matmul(query_states, key_states.transpose(2, 3)) / math.sqrt(self.head_dim)
        if causal:
            mask = torch.full((q_len, q_len), torch.finfo(x.dtype).min, dtype=x.dtype).triu(1)
            attn_weights = attn_weights + mask
        attn_weights = nn.functional.softmax(attn_weights, dim=-1)
        attn_output = torch.matmul(attn_weights, value_states).transpose(1, 2).reshape(bsz, q_len, -1)
        return self.o_proj(attn_output)
