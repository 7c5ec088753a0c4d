# Forbidden: torch.nn.functional.instance_norm on (1, groups, n): one "channel" per group, normalised over its n
# elements, which is layer norm in one call (PyTorch refuses groups of one element).
import math

import torch
import torch.nn.functional as F


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    n = math.prod(normalized_shape)
    y = F.instance_norm(torch.from_numpy(x).reshape(1, -1, n), eps=eps).reshape(x.shape).numpy()
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
