# Wrong: rotates x in place and returns it: right numbers, but the caller's queries are overwritten.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    angle = positions[:, None] * base ** (-2.0 * np.arange(d // 2) / d)
    cos, sin = np.cos(angle), np.sin(angle)
    if interleaved:
        a, b = x[..., 0::2].copy(), x[..., 1::2].copy()
        x[..., 0::2], x[..., 1::2] = a * cos - b * sin, a * sin + b * cos
    else:
        a, b = x[..., : d // 2].copy(), x[..., d // 2:].copy()
        x[..., : d // 2], x[..., d // 2:] = a * cos - b * sin, a * sin + b * cos
    return x
