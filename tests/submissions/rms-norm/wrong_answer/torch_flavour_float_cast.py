# Wrong: the PyTorch flavour copying LLaMA's `self._norm(x.float()).type_as(x)`: meant to upcast half precision,
# it downcasts a float64 input to float32 and misses the float64 tolerance by ~1e-7.
import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6, elementwise_affine=True):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim)) if elementwise_affine else None

    def _norm(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)

    def forward(self, x):
        y = self._norm(x.float()).type_as(x)
        return y if self.weight is None else y * self.weight
