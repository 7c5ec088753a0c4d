# Accepted: the PyTorch flavour with silu written out as z * torch.sigmoid(z) and the projections as matmuls
# with the modules' weights.
import torch
from torch import nn


class SwiGLU(nn.Module):
    def __init__(self, embed_dim, hidden_dim):
        super().__init__()
        self.gate_proj = nn.Linear(embed_dim, hidden_dim, bias=False)
        self.up_proj = nn.Linear(embed_dim, hidden_dim, bias=False)
        self.down_proj = nn.Linear(hidden_dim, embed_dim, bias=False)

    def forward(self, x):
        gate = x @ self.gate_proj.weight.T
        hidden = gate * torch.sigmoid(gate) * (x @ self.up_proj.weight.T)
        return hidden @ self.down_proj.weight.T
