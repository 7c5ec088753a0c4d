# Wrong: normalises a and b in place (a /= norm), so the caller's embeddings change; the numbers are right.
import numpy as np


def info_nce_loss(a, b, temperature=0.07):
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    logits = a.astype(np.float64) @ b.astype(np.float64).T / temperature
    total = 0.0
    for z in (logits, logits.T):
        z = z - z.max(axis=1, keepdims=True)
        total -= np.trace(z - np.log(np.exp(z).sum(axis=1, keepdims=True)))
    return total / (2 * len(a))
