# Runtime error: math.sqrt on the (rows, 1) array of per-row statistics: math works on Python floats, not arrays.
import math

import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    y = x / math.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    return y if weight is None else y * weight
