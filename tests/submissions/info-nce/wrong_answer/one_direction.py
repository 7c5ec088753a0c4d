# Wrong: one direction only (a -> b, the rows of the logits): CLIP's loss averages it with b -> a (the columns).
import numpy as np


def log_softmax(z, axis=1):
    z = z - z.max(axis=axis, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=axis, keepdims=True))


def normalise(x):
    x = x.astype(np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def info_nce_loss(a, b, temperature=0.07):
    logits = normalise(a) @ normalise(b).T / temperature
    return float(-np.trace(log_softmax(logits, 1)) / len(a))
