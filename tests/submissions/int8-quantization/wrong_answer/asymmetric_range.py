"""Wrong: the asymmetric scale (max - min) / 255 of affine quantization, used without a zero point."""
import numpy as np


def quantize_int8(w, axis=0):
    axis %= w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    span = w.max(axis=others, keepdims=True) - w.min(axis=others, keepdims=True)
    scale = np.where(span == 0, np.ones_like(span), span / w.dtype.type(255))
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    return q, scale.reshape(-1)
