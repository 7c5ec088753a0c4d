# Wrong: the PyTorch flavour computes the gate under torch.no_grad(): the output is right, but no gradient reaches
# gate_proj (and x gets only the up path's): only the gradient cases catch it.
import torch
import torch.nn.functional as F
from torch import nn


class SwiGLU(nn.Module):
    def __init__(self, embed_dim, hidden_dim):
        super().__init__()
        self.gate_proj = nn.Linear(embed_dim, hidden_dim, bias=False)
        self.up_proj = nn.Linear(embed_dim, hidden_dim, bias=False)
        self.down_proj = nn.Linear(hidden_dim, embed_dim, bias=False)

    def forward(self, x):
        with torch.no_grad():
            gate = F.silu(self.gate_proj(x))
        return self.down_proj(gate * self.up_proj(x))
