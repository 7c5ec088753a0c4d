# Wrong: the PyTorch flavour with the root mean square detached, as if it were a constant: the output is right,
# but the gradient with respect to x misses the term through the statistic. Only the gradient cases catch it.
import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6, elementwise_affine=True):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim)) if elementwise_affine else None

    def forward(self, x):
        rms = torch.sqrt(x.pow(2).mean(-1, keepdim=True) + self.eps).detach()
        y = x / rms
        return y if self.weight is None else y * self.weight
