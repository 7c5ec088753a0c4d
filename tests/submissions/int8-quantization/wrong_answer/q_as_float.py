"""Wrong: the right values, but q is left as floats (the rounded w / scale, in w's dtype), not int8."""
import numpy as np


def quantize_int8(w, axis=0):
    axis %= w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.abs(w).max(axis=others, keepdims=True)
    scale = np.where(amax == 0, np.ones_like(amax), amax / w.dtype.type(127))
    return np.clip(np.round(w / scale), -127, 127), scale.reshape(-1)
