# PyTorch flavour, silu as g / (1 + exp(-g)): the output is right, but the backward pass is NaN at large
# negative gates, where exp overflows (found by the blind breaker).
import torch
from torch import nn


class SwiGLU(nn.Module):
    def __init__(self, embed_dim: int, hidden_dim: int):
        super().__init__()
        self.gate_proj = nn.Linear(embed_dim, hidden_dim, bias=False)
        self.up_proj = nn.Linear(embed_dim, hidden_dim, bias=False)
        self.down_proj = nn.Linear(hidden_dim, embed_dim, bias=False)

    def forward(self, x):
        g = self.gate_proj(x)
        return self.down_proj(g / (1 + torch.exp(-g)) * self.up_proj(x))
