"""Wrong: rounds with floor(x + 0.5), the textbook trick: every half goes up (2.5 -> 3, -3.5 -> -3), not to even."""
import numpy as np


def quantize_int8(w, axis=0):
    axis %= w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.max(np.abs(w), axis=others, keepdims=True)
    scale = amax / 127
    scale[amax == 0] = 1
    q = np.floor(w / scale + 0.5)
    return np.clip(q, -127, 127).astype(np.int8), scale.reshape(-1)
