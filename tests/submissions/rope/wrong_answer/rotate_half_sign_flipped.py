# Wrong: rotate_half written as cat(x2, -x1) instead of cat(-x2, x1): every pair turns by -angle, clockwise.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    freqs = np.outer(positions, 1.0 / base ** (np.arange(0, d, 2) / d))
    x64 = x.astype(np.float64)
    if interleaved:
        emb = np.repeat(freqs, 2, axis=-1)
        rotated = np.empty_like(x64)
        rotated[..., 0::2], rotated[..., 1::2] = x64[..., 1::2], -x64[..., 0::2]
    else:
        emb = np.concatenate([freqs, freqs], axis=-1)
        rotated = np.concatenate([x64[..., d // 2:], -x64[..., : d // 2]], axis=-1)
    return (x64 * np.cos(emb) + rotated * np.sin(emb)).astype(x.dtype)
