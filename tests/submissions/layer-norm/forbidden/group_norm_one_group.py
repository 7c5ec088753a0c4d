# Forbidden: torch.nn.functional.group_norm with a single group over (groups, 1, n): exactly layer norm over the
# n elements of each group, in one call (PyTorch refuses groups of one element); weight and bias applied after.
import math

import torch
import torch.nn.functional as F


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    n = math.prod(normalized_shape)
    y = F.group_norm(torch.from_numpy(x).reshape(-1, 1, n), 1, eps=eps).reshape(x.shape).numpy()
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
