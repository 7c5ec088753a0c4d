# The PyTorch flavour with the right numbers, computed in NumPy and wrapped back into a tensor: the autograd graph
# is cut, so the gradient tests find no gradient for input.
import numpy as np
import torch


def cross_entropy(input, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    x = input.detach().numpy().astype(np.float64)
    t = target.numpy()
    z = x - x.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    keep = t != ignore_index
    nll = -log_p[np.arange(len(t)), np.where(keep, t, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll - label_smoothing * log_p.mean(axis=1), 0)
    if reduction == "none":
        return torch.from_numpy(loss).to(input.dtype)
    total = loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
    return torch.tensor(total, dtype=input.dtype)
