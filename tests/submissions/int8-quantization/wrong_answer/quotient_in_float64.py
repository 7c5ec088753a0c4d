"""Wrong: the scale in w's dtype, but the quotient in float64 (w / scale.astype(float) on float32 weights): the
exact quotient, not float32's rounding of it, decides the halves."""
import numpy as np


def quantize_int8(w, axis=0):
    axis %= w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.abs(w).max(axis=others, keepdims=True)
    scale = np.where(amax == 0, np.ones_like(amax), amax / w.dtype.type(127))
    q = np.clip(np.rint(w.astype(np.float64) / scale.astype(np.float64)), -127, 127).astype(np.int8)
    return q, scale.reshape(-1)
