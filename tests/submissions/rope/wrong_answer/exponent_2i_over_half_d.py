# Wrong: theta_i = base ** (-2i/(d/2)), dividing by the number of pairs instead of d.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    theta = base ** (-2.0 * np.arange(d // 2) / (d // 2))
    angle = positions[:, None] * theta
    cos, sin = np.cos(angle), np.sin(angle)
    x64 = x.astype(np.float64)
    if interleaved:
        a, b = x64[..., 0::2], x64[..., 1::2]
        return np.stack([a * cos - b * sin, a * sin + b * cos], axis=-1).reshape(x.shape).astype(x.dtype)
    a, b = x64[..., : d // 2], x64[..., d // 2:]
    return np.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1).astype(x.dtype)
