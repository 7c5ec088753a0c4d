# Wrong: pairs counted from i = 1, theta_i = base ** (-2(i+1)/d): theta_0 must be 1 (d = 2 shows it).
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    theta = base ** (-2.0 * np.arange(1, d // 2 + 1) / d)
    angle = positions[:, None] * theta
    cos, sin = np.cos(angle), np.sin(angle)
    x64 = x.astype(np.float64)
    if interleaved:
        a, b = x64[..., 0::2], x64[..., 1::2]
        return np.stack([a * cos - b * sin, a * sin + b * cos], axis=-1).reshape(x.shape).astype(x.dtype)
    a, b = x64[..., : d // 2], x64[..., d // 2:]
    return np.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1).astype(x.dtype)
