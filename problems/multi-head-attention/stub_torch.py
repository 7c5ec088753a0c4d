import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int, bias: bool = True):
        super().__init__()
        # Raise ValueError if embed_dim % num_heads; define q_proj, k_proj, v_proj and out_proj,
        # each nn.Linear(embed_dim, embed_dim, bias=bias).
        raise NotImplementedError(
            "write your solution to multi-head-attention here, then run `shousi run multi-head-attention`")

    def forward(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                mask: torch.Tensor | None = None) -> torch.Tensor:
        raise NotImplementedError(
            "write your solution to multi-head-attention here, then run `shousi run multi-head-attention`")
