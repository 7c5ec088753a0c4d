# Wrong: the PyTorch flavour computing the mean and the variance under torch.no_grad(), as if they were constants:
# the output is right, but the gradient with respect to x misses the terms through the mean and the variance.
# Only the gradient cases catch it.
import torch
from torch import nn


class LayerNorm(nn.Module):
    def __init__(self, normalized_shape, eps=1e-5, elementwise_affine=True, bias=True):
        super().__init__()
        self.normalized_shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(self.normalized_shape)) if elementwise_affine else None
        self.bias = nn.Parameter(torch.zeros(self.normalized_shape)) if elementwise_affine and bias else None

    def forward(self, x):
        dims = tuple(range(-len(self.normalized_shape), 0))
        with torch.no_grad():
            mean = x.mean(dim=dims, keepdim=True)
            std = torch.sqrt(((x - mean) ** 2).mean(dim=dims, keepdim=True) + self.eps)
        y = (x - mean) / std
        if self.weight is not None:
            y = y * self.weight
        if self.bias is not None:
            y = y + self.bias
        return y
