# Runtime error: Meta's layout, x (B, L, H, d): a 4-D x gets the angles reshaped to (L, 1, d/2), so positions run
# along axis 1. On (B, H, L, d) with H != L the shapes do not broadcast.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    angle = np.outer(positions, base ** (-2.0 * np.arange(d // 2) / d))  # (L, d/2)
    if x.ndim == 4:
        angle = angle[:, None, :]  # reshape_for_broadcast: (1, L, 1, d/2) against (B, L, H, d/2)
    cos, sin = np.cos(angle), np.sin(angle)
    x64 = x.astype(np.float64)
    if interleaved:
        a, b = x64[..., 0::2], x64[..., 1::2]
        return np.stack([a * cos - b * sin, a * sin + b * cos], axis=-1).reshape(x.shape).astype(x.dtype)
    a, b = x64[..., : d // 2], x64[..., d // 2:]
    return np.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1).astype(x.dtype)
