# For float32 input, x, cos and sin rounded to float16 and the rotation done in float16: about 9e-4 of the
# largest value off, where float32 work is within 1.2e-4 (found by the blind breaker).
import numpy as np
def apply_rope(x, positions, base=10000.0, interleaved=False):
    x = np.asarray(x); d = x.shape[-1]; h = d // 2
    theta = float(base) ** (-2.0 * np.arange(h, dtype=np.float64) / d)
    ang = np.asarray(positions, dtype=np.float64)[:, None] * theta[None, :]
    c, s = np.cos(ang), np.sin(ang)
    lo = np.float16 if x.dtype == np.float32 else np.float64
    xf = x.astype(lo); c = c.astype(lo); s = s.astype(lo)
    if interleaved:
        a, b = xf[..., 0::2], xf[..., 1::2]
        out = np.empty_like(xf)
        out[..., 0::2] = a * c - b * s
        out[..., 1::2] = a * s + b * c
    else:
        a, b = xf[..., :h], xf[..., h:]
        out = np.concatenate([a * c - b * s, a * s + b * c], axis=-1)
    return out.astype(x.dtype)
