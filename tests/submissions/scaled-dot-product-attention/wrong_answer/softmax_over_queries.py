# Wrong: normalises over the queries (axis -2) instead of over the keys.
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    w = np.exp(scores - scores.max(axis=-2, keepdims=True))
    w = w / w.sum(axis=-2, keepdims=True)
    if mask is not None:
        w = w * mask
    return w @ v
