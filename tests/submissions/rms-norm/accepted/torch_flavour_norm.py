# Accepted: the PyTorch flavour through torch.linalg.vector_norm (||x|| / sqrt(d) is the RMS), weight registered as
# None when absent.
import math

import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6, elementwise_affine=True):
        super().__init__()
        self.dim, self.eps = dim, eps
        if elementwise_affine:
            self.weight = nn.Parameter(torch.ones(dim))
        else:
            self.register_parameter("weight", None)

    def forward(self, x):
        ms = torch.linalg.vector_norm(x, dim=-1, keepdim=True) ** 2 / self.dim
        y = x / torch.sqrt(ms + self.eps)
        return y if self.weight is None else self.weight * y
