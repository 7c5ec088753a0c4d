# Accepted: the textbook answer, all in x's own dtype (float32 stays float32, as PyTorch computes it).
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
