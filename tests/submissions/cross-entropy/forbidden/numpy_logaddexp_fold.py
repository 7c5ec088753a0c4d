# Forbidden: numpy.logaddexp folded over the classes, log(e^a + e^b) computed stably pair by pair, is a
# log-sum-exp of each row without the max trick written out.
import functools

import numpy as np


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    x = logits.astype(np.float64)
    lse = functools.reduce(np.logaddexp, x.T)
    keep = target != ignore_index
    nll = lse - x[np.arange(len(target)), np.where(keep, target, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll + label_smoothing * (lse - x.mean(axis=1)), 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
