import torch
from torch import nn


class GroupedQueryAttention(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int, num_kv_heads: int):
        super().__init__()
        # Raise ValueError if embed_dim % num_heads or num_heads % num_kv_heads; with D = embed_dim // num_heads,
        # define q_proj and o_proj, nn.Linear(embed_dim, embed_dim, bias=False), and k_proj and v_proj,
        # nn.Linear(embed_dim, num_kv_heads * D, bias=False).
        raise NotImplementedError(
            "write your solution to grouped-query-attention here, then run `shousi run grouped-query-attention`")

    def forward(self, x: torch.Tensor, causal: bool = True) -> torch.Tensor:
        raise NotImplementedError(
            "write your solution to grouped-query-attention here, then run `shousi run grouped-query-attention`")
