# Wrong: the mean over all N * N entries of the masked log-probabilities, not over the N positives (off by N).
import numpy as np


def log_softmax(z, axis=1):
    z = z - z.max(axis=axis, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=axis, keepdims=True))


def normalise(x):
    x = x.astype(np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def info_nce_loss(a, b, temperature=0.07):
    logits = normalise(a) @ normalise(b).T / temperature
    eye = np.eye(len(a))
    a_to_b = -(eye * log_softmax(logits, 1)).mean()
    b_to_a = -(eye * log_softmax(logits, 0)).mean()
    return float((a_to_b + b_to_a) / 2)
