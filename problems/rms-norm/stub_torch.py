import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float = 1e-6, elementwise_affine: bool = True):
        super().__init__()
        # Keep eps. With elementwise_affine, define self.weight = nn.Parameter of shape (dim,), initialised to ones.
        raise NotImplementedError("write your solution to rms-norm here, then run `shousi run rms-norm`")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write your solution to rms-norm here, then run `shousi run rms-norm`")
