"""Wrong answer: the scale as max|w| * (1 / 127) instead of max|w| / 127. The product is an ulp off the quotient for
some channels (within the scale's tolerance), and q, divided by that scale, rounds halves of w / scale the other
way."""
import numpy as np


def quantize_int8(w, axis=0):
    axis = axis % w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.abs(w).max(axis=others) if others else np.abs(w)
    scale = np.where(amax == 0, w.dtype.type(1), amax * (w.dtype.type(1) / w.dtype.type(127))).astype(w.dtype)
    shape = [1] * w.ndim
    shape[axis] = -1
    q = np.clip(np.rint(w / scale.reshape(shape)), -127, 127).astype(np.int8)
    return q, scale
