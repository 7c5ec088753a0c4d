# Wrong: subtracts the max in the numerator but sums exp(x) unshifted in the denominator.
import numpy as np


def softmax(x, axis=-1):
    m = x.max(axis=axis, keepdims=True)
    return np.exp(x - m) / np.exp(x).sum(axis=axis, keepdims=True)
