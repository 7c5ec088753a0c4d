# Wrong: Gemma's variant, multiplying by (1 + weight) (its weights start at zero); here the weight multiplies as
# it is.
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    z = x.astype(np.float64)
    y = z / np.sqrt(np.mean(z ** 2, axis=-1, keepdims=True) + eps)
    if weight is not None:
        y = y * (1 + weight)
    return y.astype(x.dtype)
