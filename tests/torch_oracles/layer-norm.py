"""layer_norm as torch.nn.functional.layer_norm computes it, in the dtype of x."""

import torch
import torch.nn.functional as F


def solve(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    tensor = lambda a: None if a is None else torch.from_numpy(a)  # noqa: E731
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    return F.layer_norm(tensor(x), shape, tensor(weight), tensor(bias), eps).numpy()
