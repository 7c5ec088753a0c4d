# The squares summed one after another in float32 (np.cumsum): on a row of 2^20 the running sum drifts past
# the float32 tolerance, where NumPy's pairwise sum does not (found by the blind breaker).
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    r = x.reshape(-1, x.shape[-1])
    ms = np.cumsum(r * r, axis=1)[:, -1:] / x.dtype.type(x.shape[-1])
    y = (r / np.sqrt(ms + x.dtype.type(eps))).reshape(x.shape)
    if weight is not None: y = y * weight
    return y.astype(x.dtype)
