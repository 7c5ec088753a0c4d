# Wrong: subtracts the max of the whole array, so a row far below another row underflows to 0 / 0 = NaN.
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=axis, keepdims=True)
