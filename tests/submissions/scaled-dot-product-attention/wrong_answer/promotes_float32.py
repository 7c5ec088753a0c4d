# Wrong: dividing by np.sqrt(d), a float64 NumPy scalar, turns float32 scores into float64 (NumPy 2 rules).
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    top[np.isneginf(top)] = 0
    w = np.exp(scores - top)
    total = w.sum(axis=-1, keepdims=True)
    total[total == 0] = 1
    return (w / total) @ v
