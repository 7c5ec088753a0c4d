"""Runtime error: rounds with int(x + 0.5) on the whole array (TypeError: only length-1 arrays convert to int)."""
import numpy as np


def quantize_int8(w, axis=0):
    amax = np.abs(w).max(axis=1 - axis, keepdims=True)
    scale = np.where(amax == 0, 1.0, amax / 127)
    q = int(w / scale + 0.5)
    return np.int8(q), scale.ravel()
