# Compile error: the function is called softmax_cross_entropy, so the grader finds no `cross_entropy`.
import numpy as np


def softmax_cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    keep = target != ignore_index
    nll = -log_p[np.arange(len(target)), np.where(keep, target, 0)]
    return float((nll * keep).sum() / keep.sum())
