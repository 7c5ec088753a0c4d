# PyTorch flavour, silu by torch.where over two branches: the output is right, but the unused branch is
# inf/inf at large |z| and its NaN reaches the gradients (found by the blind breaker).
import torch
from torch import nn
import torch.nn.functional as F


class _Lin(nn.Module):
    def __init__(self, i, o):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(o, i))
        nn.init.normal_(self.weight, std=0.02)
    def forward(self, x):
        return torch.matmul(x, self.weight.transpose(0, 1))


class SwiGLU(nn.Module):
    def __init__(self, embed_dim: int, hidden_dim: int):
        super().__init__()
        self.gate_proj = _Lin(embed_dim, hidden_dim)
        self.up_proj = _Lin(embed_dim, hidden_dim)
        self.down_proj = _Lin(hidden_dim, embed_dim)

    def forward(self, x):
        g = self.gate_proj(x)
        return self.down_proj(torch.where(g >= 0, g / (1 + torch.exp(-g)), g * torch.exp(g) / (1 + torch.exp(g))) * self.up_proj(x))
