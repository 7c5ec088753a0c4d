# Accepted: the formula in q's own dtype (float32 stays float32 throughout, as PyTorch computes it).
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    top[np.isneginf(top)] = 0  # fully blocked rows: exp(-inf - 0) = 0 everywhere
    weights = np.exp(scores - top)
    total = weights.sum(axis=-1, keepdims=True)
    total[total == 0] = 1
    return (weights / total) @ v
