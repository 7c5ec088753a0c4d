import torch
from torch import nn


class SwiGLU(nn.Module):
    def __init__(self, embed_dim: int, hidden_dim: int):
        super().__init__()
        # Define gate_proj and up_proj, each nn.Linear(embed_dim, hidden_dim, bias=False), and down_proj,
        # nn.Linear(hidden_dim, embed_dim, bias=False).
        raise NotImplementedError("write your solution to swiglu-ffn here, then run `shousi run swiglu-ffn`")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write your solution to swiglu-ffn here, then run `shousi run swiglu-ffn`")
