# Wrong: no keepdims, so for a square input the row maxima and sums broadcast along the wrong axis.
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis))
    return e / np.sum(e, axis=axis)
