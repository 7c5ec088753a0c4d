# Wrong: the angles always in float32 (HuggingFace's cos/sin cache), even for float64 input: at position 131071 the
# angle is ~1e-2 rad off.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    inv_freq = (1.0 / base ** (np.arange(0, d, 2) / d)).astype(np.float32)
    angle = positions.astype(np.float32)[:, None] * inv_freq
    cos, sin = np.cos(angle).astype(x.dtype), np.sin(angle).astype(x.dtype)
    if interleaved:
        a, b = x[..., 0::2], x[..., 1::2]
        return np.stack([a * cos - b * sin, a * sin + b * cos], axis=-1).reshape(x.shape)
    a, b = x[..., : d // 2], x[..., d // 2:]
    return np.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1)
