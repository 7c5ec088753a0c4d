# Wrong: ignores positions and uses 0..L-1, as in training from scratch; decoding with a cache starts elsewhere.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    length, d = x.shape[-2:]
    angle = np.arange(length)[:, None] * base ** (-2.0 * np.arange(d // 2) / d)
    cos, sin = np.cos(angle), np.sin(angle)
    x64 = x.astype(np.float64)
    if interleaved:
        a, b = x64[..., 0::2], x64[..., 1::2]
        return np.stack([a * cos - b * sin, a * sin + b * cos], axis=-1).reshape(x.shape).astype(x.dtype)
    a, b = x64[..., : d // 2], x64[..., d // 2:]
    return np.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1).astype(x.dtype)
