# Wrong: no L2 normalisation: the logits are raw dot products over the temperature, not cosine similarities.
import numpy as np


def log_softmax(z, axis=1):
    z = z - z.max(axis=axis, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=axis, keepdims=True))


def normalise(x):
    x = x.astype(np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def info_nce_loss(a, b, temperature=0.07):
    logits = a.astype(np.float64) @ b.astype(np.float64).T / temperature
    n = len(a)
    return float(-(np.trace(log_softmax(logits, 1)) + np.trace(log_softmax(logits, 0))) / (2 * n))
