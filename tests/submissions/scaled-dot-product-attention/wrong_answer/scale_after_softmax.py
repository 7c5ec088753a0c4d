# Wrong: divides the output by sqrt(d) instead of the scores: softmax(q k^T) v / sqrt(d).
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    top[np.isneginf(top)] = 0
    w = np.exp(scores - top)
    total = w.sum(axis=-1, keepdims=True)
    total[total == 0] = 1
    return (w / total) @ v / math.sqrt(q.shape[-1])
