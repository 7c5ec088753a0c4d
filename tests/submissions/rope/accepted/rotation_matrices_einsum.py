# Accepted: the 2 x 2 rotation matrix of every (position, pair), applied with einsum to the pairs as vectors.
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    angle = np.einsum("l,i->li", positions.astype(np.float64), base ** (-np.arange(0, d, 2) / d))
    c, s = np.cos(angle), np.sin(angle)
    rotation = np.stack([np.stack([c, -s], -1), np.stack([s, c], -1)], -2)  # (L, d/2, 2, 2)
    if interleaved:
        pairs = x.reshape(*x.shape[:-1], d // 2, 2)  # (..., L, d/2, [a, b])
    else:
        pairs = np.stack([x[..., : d // 2], x[..., d // 2:]], axis=-1)
    turned = np.einsum("lirc,...lic->...lir", rotation, pairs.astype(np.float64))
    if interleaved:
        out = turned.reshape(x.shape)
    else:
        out = np.concatenate([turned[..., 0], turned[..., 1]], axis=-1)
    return out.astype(x.dtype)
