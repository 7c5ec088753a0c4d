# Forbidden: the module form, torch.nn.LogSoftmax(dim=1).
import numpy as np
import torch
from torch import nn


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    log_p = nn.LogSoftmax(dim=1)(torch.as_tensor(logits, dtype=torch.float64)).numpy()
    keep = target != ignore_index
    nll = -log_p[np.arange(len(target)), np.where(keep, target, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll - label_smoothing * log_p.mean(axis=1), 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
