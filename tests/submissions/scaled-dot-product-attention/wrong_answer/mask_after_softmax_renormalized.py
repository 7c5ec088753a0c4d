# Wrong: masks after the softmax and renormalises: equal on paper, but when blocked keys dominate, the allowed
# weights underflow to 0 and 0 / 0 gives NaN.
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / math.sqrt(q.shape[-1])
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    if mask is not None:
        w = w * mask
        total = w.sum(axis=-1, keepdims=True)
        w = w / np.where(mask.any(axis=-1, keepdims=True), total, 1).astype(q.dtype)
    return w @ v
