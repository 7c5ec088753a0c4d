# Accepted: the PyTorch flavour with the smoothed targets as a dense matrix (F.one_hot is allowed), computed in
# float64 and cast back to the input's dtype.
import torch
import torch.nn.functional as F


def cross_entropy(input, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    x = input.double()
    n, c = x.shape
    m = x.max(dim=-1, keepdim=True).values
    log_p = x - m - (x - m).exp().sum(dim=-1, keepdim=True).log()
    keep = target.ne(ignore_index)
    one_hot = F.one_hot(target.clamp(min=0, max=c - 1) * keep, c).double()
    q = (1 - label_smoothing) * one_hot + label_smoothing / c
    loss = -(q * log_p).sum(dim=-1) * keep
    if reduction == "none":
        return loss.to(input.dtype)
    total = loss.sum()
    return (total if reduction == "sum" else total / keep.sum()).to(input.dtype)
