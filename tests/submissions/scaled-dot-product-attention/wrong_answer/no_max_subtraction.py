# Wrong: exp of the raw scores overflows when they are large (inf / inf = NaN).
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / math.sqrt(q.shape[-1])
    w = np.exp(scores)
    if mask is not None:
        w = w * mask  # exp(-inf) = 0, the same as masking the scores
    total = w.sum(axis=-1, keepdims=True)
    return (w / np.where(total == 0, 1, total).astype(q.dtype)) @ v
