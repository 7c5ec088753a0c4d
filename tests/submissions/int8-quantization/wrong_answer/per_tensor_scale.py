"""Wrong: one scale for the whole tensor, max|w| / 127 over every element, instead of one per channel."""
import numpy as np


def quantize_int8(w, axis=0):
    amax = np.abs(w).max()
    scale = amax / 127 if amax > 0 else w.dtype.type(1)
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    return q, np.full(w.shape[axis], scale, dtype=w.dtype)
