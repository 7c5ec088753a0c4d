# Accepted: everything in the inputs' dtype (float32 stays float32), stable: the max subtracted before exp.
import numpy as np


def info_nce_loss(a, b, temperature=0.07):
    a_n = a / np.linalg.norm(a, axis=1, keepdims=True)
    b_n = b / np.linalg.norm(b, axis=1, keepdims=True)
    logits = (a_n @ b_n.T) / a.dtype.type(temperature)
    losses = []
    for z in (logits, logits.T):
        shifted = z - z.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        losses.append(-np.diagonal(log_p).mean())
    return float((losses[0] + losses[1]) / 2)
