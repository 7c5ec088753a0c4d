# Wrong: centres on the mean instead of the max: -inf entries make the mean -inf (NaN), wide rows still overflow.
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - x.mean(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
