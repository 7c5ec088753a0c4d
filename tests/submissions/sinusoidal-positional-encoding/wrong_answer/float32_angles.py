# Wrong: PyTorch's tutorial in float32 (its default dtype), cast to float64 at the end: angles near 8191 rad carry
# float32's rounding (spacing 4.9e-4 there) into every sin and cos.
import math

import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    position = np.arange(length, dtype=np.float32)[:, None]
    div_term = np.exp(np.arange(0, d_model, 2, dtype=np.float32) * np.float32(-math.log(base) / d_model))
    pe = np.zeros((length, d_model), dtype=np.float32)
    pe[:, 0::2] = np.sin(position * div_term)
    pe[:, 1::2] = np.cos(position * div_term[: d_model // 2])
    return pe.astype(np.float64)
