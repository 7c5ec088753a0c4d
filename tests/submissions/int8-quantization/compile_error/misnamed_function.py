"""Compile error: the function is called quantize, so the grader finds no `quantize_int8`."""
import numpy as np


def quantize(w, axis=0):
    amax = np.moveaxis(np.abs(w), axis, 0).reshape(w.shape[axis], -1).max(axis=1)
    scale = np.where(amax == 0, 1, amax / 127).astype(w.dtype)
    shape = [1] * w.ndim
    shape[axis] = -1
    return np.clip(np.rint(w / scale.reshape(shape)), -127, 127).astype(np.int8), scale
