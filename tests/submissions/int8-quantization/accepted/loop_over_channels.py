"""Accepted, slow: one channel at a time, by index along the axis, with Python's own round-half-even applied
element by element to the float32 or float64 quotient."""
import numpy as np


def quantize_int8(w, axis=0):
    axis %= w.ndim
    q = np.empty(w.shape, dtype=np.int8)
    scale = np.empty(w.shape[axis], dtype=w.dtype)
    for c in range(w.shape[axis]):
        channel = np.take(w, c, axis=axis)
        amax = np.abs(channel).max()
        s = amax / w.dtype.type(127) if amax != 0 else w.dtype.type(1)
        scale[c] = s
        ratios = (channel / s).ravel().tolist()
        levels = [max(-127, min(127, round(r))) for r in ratios]
        index = [slice(None)] * w.ndim
        index[axis] = c
        q[tuple(index)] = np.array(levels, dtype=np.int8).reshape(channel.shape)
    return q, scale
