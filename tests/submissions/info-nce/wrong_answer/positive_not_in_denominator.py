# Wrong: the positive left out of its own denominator (a "decoupled" contrastive loss): for N = 1 the denominator
# is empty, log(0) = -inf, where the loss is log 1 = 0; elsewhere it is a different loss.
import numpy as np


def log_softmax(z, axis=1):
    z = z - z.max(axis=axis, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=axis, keepdims=True))


def normalise(x):
    x = x.astype(np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def info_nce_loss(a, b, temperature=0.07):
    logits = normalise(a) @ normalise(b).T / temperature
    n = len(a)
    positives = np.diag(logits)
    off = np.where(np.eye(n, dtype=bool), -np.inf, logits)
    with np.errstate(divide="ignore"):
        a_to_b = np.log(np.exp(off).sum(axis=1)) - positives
        b_to_a = np.log(np.exp(off).sum(axis=0)) - positives
    return float((a_to_b.mean() + b_to_a.mean()) / 2)
