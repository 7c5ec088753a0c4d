# Accepted: HuggingFace's formulation in NumPy: full-width cos/sin tables and rotate_half, with the interleaved
# pairing done by Meta's "rotate every two" instead.
import numpy as np


def rotate_half(x):
    half = x.shape[-1] // 2
    return np.concatenate([-x[..., half:], x[..., :half]], axis=-1)


def rotate_every_two(x):
    out = np.empty_like(x)
    out[..., 0::2], out[..., 1::2] = -x[..., 1::2], x[..., 0::2]
    return out


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    inv_freq = 1.0 / base ** (np.arange(0, d, 2) / d)
    freqs = np.outer(positions.astype(np.float64), inv_freq)  # (L, d/2)
    if interleaved:
        emb = np.repeat(freqs, 2, axis=-1)  # features 2i and 2i+1 share an angle
        rotated = rotate_every_two(x)
    else:
        emb = np.concatenate([freqs, freqs], axis=-1)  # features i and i + d/2 share an angle
        rotated = rotate_half(x)
    out = x * np.cos(emb) + rotated * np.sin(emb)
    return out.astype(x.dtype)
