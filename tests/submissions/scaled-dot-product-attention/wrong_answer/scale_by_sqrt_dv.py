# Wrong: scales by sqrt(dv), the size of the value vectors, instead of sqrt(d), the size of q and k.
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / math.sqrt(v.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=-1, keepdims=True)
    w = np.exp(scores - np.where(np.isinf(top), 0, top).astype(q.dtype))
    total = w.sum(axis=-1, keepdims=True)
    return (w / np.where(total == 0, 1, total).astype(q.dtype)) @ v
