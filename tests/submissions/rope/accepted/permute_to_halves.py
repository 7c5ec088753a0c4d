# Accepted: one half-split rotation; the interleaved pairing is the same rotation after permuting the features
# (even ones first, then odd ones: what HuggingFace's checkpoint conversion does to W_q and W_k), permuted back.
import numpy as np


def rotate_halves(x, positions, base):
    d = x.shape[-1]
    angle = positions[:, None] * base ** (-2.0 * np.arange(d // 2) / d)
    cos, sin = np.cos(angle), np.sin(angle)
    a, b = x[..., : d // 2], x[..., d // 2:]
    return np.concatenate([a * cos - b * sin, a * sin + b * cos], axis=-1)


def apply_rope(x, positions, base=10000.0, interleaved=False):
    x64 = x.astype(np.float64)
    if not interleaved:
        return rotate_halves(x64, positions, base).astype(x.dtype)
    d = x.shape[-1]
    order = np.concatenate([np.arange(0, d, 2), np.arange(1, d, 2)])  # pair i -> features (i, i + d/2)
    out = np.empty_like(x64)
    out[..., order] = rotate_halves(x64[..., order], positions, base)
    return out.astype(x.dtype)
