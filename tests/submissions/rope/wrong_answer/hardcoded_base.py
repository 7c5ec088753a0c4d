# Wrong: ignores the base argument and always uses 10000 (LLaMA 3 uses 500000, Qwen2 10^6).
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    angle = positions[:, None] * 10000.0 ** (-2.0 * np.arange(d // 2) / d)
    cos, sin = np.cos(angle), np.sin(angle)
    x64 = x.astype(np.float64)
    if interleaved:
        a, b = x64[..., 0::2], x64[..., 1::2]
        return np.stack([a * cos - b * sin, a * sin + b * cos], axis=-1).reshape(x.shape).astype(x.dtype)
    a, b = x64[..., : d // 2], x64[..., d // 2:]
    return np.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1).astype(x.dtype)
