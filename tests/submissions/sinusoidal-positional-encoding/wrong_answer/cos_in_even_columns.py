# Wrong: cos in the even columns and sin in the odd ones (the pair swapped).
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    inv_freq = base ** (-np.arange(0, d_model, 2) / d_model)
    angles = np.arange(length)[:, None] * inv_freq
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.cos(angles)
    pe[:, 1::2] = np.sin(angles[:, : d_model // 2])
    return pe
