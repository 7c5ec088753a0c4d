# Wrong: the PyTorch flavour with nn.Linear's default bias=True: the grader loads only the weights, so every
# layer adds a random bias (LLaMA's projections have none).
import torch.nn.functional as F
from torch import nn


class SwiGLU(nn.Module):
    def __init__(self, embed_dim, hidden_dim):
        super().__init__()
        self.gate_proj = nn.Linear(embed_dim, hidden_dim)
        self.up_proj = nn.Linear(embed_dim, hidden_dim)
        self.down_proj = nn.Linear(hidden_dim, embed_dim)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))
