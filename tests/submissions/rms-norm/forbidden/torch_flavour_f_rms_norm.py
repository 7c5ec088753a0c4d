# Forbidden: the PyTorch flavour with the right parameter whose forward hands everything to
# torch.nn.functional.rms_norm.
import torch
import torch.nn.functional as F
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6, elementwise_affine=True):
        super().__init__()
        self.dim, self.eps = dim, eps
        self.weight = nn.Parameter(torch.ones(dim)) if elementwise_affine else None

    def forward(self, x):
        return F.rms_norm(x, (self.dim,), self.weight, self.eps)
