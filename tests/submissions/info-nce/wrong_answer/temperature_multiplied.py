# Wrong: the temperature multiplied instead of divided: logits = cos * t, far too flat for t = 0.07.
import numpy as np


def log_softmax(z, axis=1):
    z = z - z.max(axis=axis, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=axis, keepdims=True))


def normalise(x):
    x = x.astype(np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def info_nce_loss(a, b, temperature=0.07):
    logits = normalise(a) @ normalise(b).T * temperature
    n = len(a)
    return float(-(np.trace(log_softmax(logits, 1)) + np.trace(log_softmax(logits, 0))) / (2 * n))
