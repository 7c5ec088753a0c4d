# Accepted: each pair as one complex number a + ib, turned by multiplying with e^(i * angle) (Meta's formulation).
import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    theta = np.power(float(base), -np.arange(d // 2) * 2.0 / d)
    turn = np.exp(1j * (positions[:, None] * theta))  # (L, d/2), |turn| = 1
    if interleaved:
        z = x[..., 0::2] + 1j * x[..., 1::2]
    else:
        z = x[..., : d // 2] + 1j * x[..., d // 2:]
    z = z.astype(np.complex128) * turn
    if interleaved:
        out = np.stack([z.real, z.imag], axis=-1).reshape(x.shape)
    else:
        out = np.concatenate([z.real, z.imag], axis=-1)
    return out.astype(x.dtype)
