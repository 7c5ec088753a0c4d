"""Accepted: clips to [-128, 127], the int8 range, instead of [-127, 127]: harmless, because with scale =
max|w| / 127 every |w / scale| rounds to at most 127 and the clip never binds. np.round is np.rint."""
import numpy as np


def quantize_int8(w, axis=0):
    axis = axis if axis >= 0 else axis + w.ndim
    reduce = tuple(d for d in range(w.ndim) if d != axis)
    amax = np.max(np.abs(w), axis=reduce, keepdims=True)
    scale = np.where(amax > 0, amax / 127, 1).astype(w.dtype)
    q = np.round(w / scale).clip(-128, 127).astype(np.int8)
    return q, scale.squeeze(reduce) if reduce else scale
