# Wrong: interleaved pairs (2i, 2i + 1) with HuggingFace's cos/sin layout cat(freqs, freqs), so the two features of
# a pair get different angles (theta_{2i mod d/2} and theta_{2i+1 mod d/2}); the tables must be repeat_interleaved.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    freqs = np.outer(positions, 1.0 / base ** (np.arange(0, d, 2) / d))
    emb = np.concatenate([freqs, freqs], axis=-1)
    x64 = x.astype(np.float64)
    if interleaved:
        rotated = np.empty_like(x64)
        rotated[..., 0::2], rotated[..., 1::2] = -x64[..., 1::2], x64[..., 0::2]
    else:
        rotated = np.concatenate([-x64[..., d // 2:], x64[..., : d // 2]], axis=-1)
    return (x64 * np.cos(emb) + rotated * np.sin(emb)).astype(x.dtype)
