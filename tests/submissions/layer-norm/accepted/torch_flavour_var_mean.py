# Accepted: the PyTorch flavour with torch.var_mean(correction=0), the biased variance, and rsqrt; weight and bias
# registered as None when absent, as torch.nn.LayerNorm does.
import torch
from torch import nn


class LayerNorm(nn.Module):
    def __init__(self, normalized_shape, eps=1e-5, elementwise_affine=True, bias=True):
        super().__init__()
        self.normalized_shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.eps = eps
        if elementwise_affine:
            self.weight = nn.Parameter(torch.ones(self.normalized_shape))
        else:
            self.register_parameter("weight", None)
        if elementwise_affine and bias:
            self.bias = nn.Parameter(torch.zeros(self.normalized_shape))
        else:
            self.register_parameter("bias", None)

    def forward(self, x):
        dims = [-i for i in range(1, len(self.normalized_shape) + 1)]
        var, mean = torch.var_mean(x, dim=dims, correction=0, keepdim=True)
        y = (x - mean) * torch.rsqrt(var + self.eps)
        if self.weight is not None:
            y = self.weight * y
        return y if self.bias is None else y + self.bias
