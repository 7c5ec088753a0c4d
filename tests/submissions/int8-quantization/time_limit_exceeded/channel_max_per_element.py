"""Time limit exceeded: for every element, the channel's max|w| is found again by a Python loop over the channel:
O(n * channel length) Python steps, 2^18 * 512 ~ 1.3 * 10^8 at the maximum."""
import numpy as np


def quantize_int8(w, axis=0):
    axis %= w.ndim
    rows = np.moveaxis(w, axis, 0).reshape(w.shape[axis], -1)
    q = np.empty(rows.shape, dtype=np.int8)
    scale = np.empty(rows.shape[0], dtype=w.dtype)
    for c in range(rows.shape[0]):
        channel = rows[c].tolist()
        for i in range(len(channel)):
            top = 0.0
            for value in channel:
                top = max(top, abs(value))
            s = w.dtype.type(top) / w.dtype.type(127) if top else w.dtype.type(1)
            scale[c] = s
            q[c, i] = max(-127, min(127, round(float(w.dtype.type(channel[i]) / s))))
    shape = list(np.moveaxis(w, axis, 0).shape)
    return np.moveaxis(q.reshape(shape), 0, axis), scale
