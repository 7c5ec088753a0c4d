# Runtime error: k.T reverses every axis of a batched k, so the matmul shapes do not line up (fine in 2-D only).
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ k.T / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    top[np.isneginf(top)] = 0
    w = np.exp(scores - top)
    total = w.sum(axis=-1, keepdims=True)
    total[total == 0] = 1
    return (w / total) @ v
