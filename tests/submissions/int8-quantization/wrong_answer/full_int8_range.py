"""Wrong: uses the full int8 range, scale = max|w| / 128 and clip to [-128, 127]: the scale is 127/128 of the
contract's and q drifts by up to one step (the largest magnitude becomes +-128, clipped to 127 when positive)."""
import numpy as np


def quantize_int8(w, axis=0):
    axis %= w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.abs(w).max(axis=others, keepdims=True)
    scale = np.where(amax == 0, 1, amax / 128).astype(w.dtype)
    q = np.clip(np.rint(w / scale), -128, 127).astype(np.int8)
    return q, scale.reshape(-1)
