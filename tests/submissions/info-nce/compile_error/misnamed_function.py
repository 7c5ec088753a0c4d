# Compile error: the function is called clip_loss, so the grader finds no `info_nce_loss`.
import numpy as np


def clip_loss(a, b, temperature=0.07):
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    logits = a @ b.T / temperature
    z = logits - logits.max(axis=1, keepdims=True)
    return float(-np.diag(z - np.log(np.exp(z).sum(axis=1, keepdims=True))).mean())
