# Forbidden: the tensor method x.logsumexp(dim), which is torch.Tensor.logsumexp.
import numpy as np
import torch


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    x = logits.astype(np.float64)
    lse = torch.from_numpy(x).logsumexp(dim=-1).numpy()
    keep = target != ignore_index
    nll = lse - x[np.arange(len(target)), np.where(keep, target, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll + label_smoothing * (lse - x.mean(axis=1)), 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
