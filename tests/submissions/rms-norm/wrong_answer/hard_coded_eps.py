# Wrong: ignores the eps argument and always uses LLaMA's 1e-6.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    y = z / np.sqrt(np.mean(z ** 2, axis=-1, keepdims=True) + 1e-6)
    if weight is not None:
        y = y * weight
    return y.astype(x.dtype)
