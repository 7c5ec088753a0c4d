"""Accepted: the channel axis moved to the front, a loop over channels, and Python's round() on each quotient
(half to even, like np.rint), clamped to [-127, 127] by hand."""
import numpy as np
def quantize_int8(w, axis=0):
    v = np.moveaxis(w, axis, 0)
    q = np.empty(v.shape, np.int8); scale = np.empty(v.shape[0], w.dtype)
    for c in range(v.shape[0]):
        ch = v[c]
        m = np.abs(ch).max()
        s = w.dtype.type(1) if m == 0 else m / w.dtype.type(127)
        scale[c] = s
        r = (ch / s).ravel()
        q[c] = np.array([max(-127, min(127, round(float(t)))) for t in r], dtype=np.int8).reshape(ch.shape)
    return np.moveaxis(q, 0, axis), scale
