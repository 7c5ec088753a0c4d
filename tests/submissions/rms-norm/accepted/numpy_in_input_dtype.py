# Accepted: NumPy in x's own dtype, as PyTorch computes it: multiply by 1 / rms (the rsqrt form); float32 stays
# float32 without a cast (a Python float eps does not promote).
import numpy as np


def rms_norm(x, weight=None, eps=1e-6):
    inv = 1 / np.sqrt((x * x).mean(axis=-1, keepdims=True) + eps)
    y = x * inv
    return y if weight is None else y * weight
