# Forbidden: the module torch.nn.LayerNorm with the weight and bias copied in.
import torch


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    t = torch.from_numpy
    layer = torch.nn.LayerNorm(tuple(normalized_shape), eps=eps, dtype=t(x).dtype)
    with torch.no_grad():
        layer.weight.copy_(t(weight) if weight is not None else torch.ones_like(layer.weight))
        layer.bias.copy_(t(bias) if bias is not None else torch.zeros_like(layer.bias))
        return layer(t(x)).numpy()
