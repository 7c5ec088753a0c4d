import numpy as np


def quantize_int8(w: np.ndarray, axis: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric per-channel int8 quantization of w, one scale per index along `axis`.

    scale = max|w| / 127 over every other axis (1.0 where a channel is all zero, so that 0 / scale stays 0), and
    q = clip(rint(w / scale), -127, 127) as int8: np.rint rounds halves to even. The scale and the quotient stay in
    w's dtype (a float32 quotient rounds to an exact .5 where the float64 one need not); w is not modified.
    """
    axis = axis % w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.abs(w).max(axis=others, keepdims=True)
    scale = np.where(amax == 0, np.ones_like(amax), amax / w.dtype.type(127))
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    return q, scale.reshape(-1)
