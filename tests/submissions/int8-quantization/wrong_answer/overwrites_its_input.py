"""Wrong: the right answer, computed in w's own buffer (w /= scale): the caller's weights are destroyed."""
import numpy as np


def quantize_int8(w, axis=0):
    axis %= w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.abs(w).max(axis=others, keepdims=True)
    scale = np.where(amax == 0, np.ones_like(amax), amax / w.dtype.type(127))
    w /= scale
    np.rint(w, out=w)
    return np.clip(w, -127, 127).astype(np.int8), scale.reshape(-1)
