# Wrong: -log(softmax) with each row's (each column's) max subtracted, in float32: the softmax itself is stable, but
# a positive ~200 logits below its column's max (an anti-aligned pair at temperature 0.01) has probability exp(-200),
# which underflows to 0 in float32: -log 0 = inf. Take the log-softmax as z - m - log(sum(exp(z - m))) instead.
import numpy as np


def info_nce_loss(a, b, temperature=0.07):
    a_n = a / np.linalg.norm(a, axis=1, keepdims=True)
    b_n = b / np.linalg.norm(b, axis=1, keepdims=True)
    logits = (a_n @ b_n.T) / a.dtype.type(temperature)
    losses = []
    for z in (logits, logits.T):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        losses.append(-np.log(np.diagonal(p)).mean())
    return float((losses[0] + losses[1]) / 2)
