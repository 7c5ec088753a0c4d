import torch
from torch import nn


class LayerNorm(nn.Module):
    def __init__(self, normalized_shape: int | tuple[int, ...], eps: float = 1e-5, elementwise_affine: bool = True,
                 bias: bool = True):
        super().__init__()
        # Keep normalized_shape as a tuple (an int n means (n,)) and eps. With elementwise_affine, define
        # self.weight = nn.Parameter of shape normalized_shape, initialised to ones, and, if bias too,
        # self.bias = nn.Parameter of that shape, initialised to zeros.
        raise NotImplementedError("write your solution to layer-norm here, then run `shousi run layer-norm`")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write your solution to layer-norm here, then run `shousi run layer-norm`")
