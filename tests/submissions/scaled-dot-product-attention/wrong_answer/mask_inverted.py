# Wrong: reads the mask with the opposite convention (True = blocked, as nn.MultiheadAttention's attn_mask).
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, -np.inf, scores)
    top = scores.max(axis=-1, keepdims=True)
    top[np.isneginf(top)] = 0
    w = np.exp(scores - top)
    total = w.sum(axis=-1, keepdims=True)
    total[total == 0] = 1
    return (w / total) @ v
