# Accepted: HuggingFace's precision, everything in x's dtype (float32 angles for a float32 x: within tolerance below
# position 2048), relying on LeetCode's implicit `math` with only NumPy imported.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d, dt = x.shape[-1], x.dtype
    inv_freq = np.exp(-np.arange(0, d, 2).astype(dt) / dt.type(d) * dt.type(math.log(base)))
    freqs = positions.astype(dt)[:, None] * inv_freq
    cos, sin = np.cos(freqs), np.sin(freqs)
    if interleaved:
        a, b = x[..., 0::2], x[..., 1::2]
        return np.stack([a * cos - b * sin, a * sin + b * cos], axis=-1).reshape(x.shape)
    a, b = np.split(x, 2, axis=-1)
    return np.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1)
