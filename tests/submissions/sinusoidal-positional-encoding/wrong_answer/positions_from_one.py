# Wrong: positions 1..length instead of 0..length - 1 (row 0 must be sin 0 = 0, cos 0 = 1).
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    inv_freq = base ** (-np.arange(0, d_model, 2) / d_model)
    angles = np.arange(1, length + 1)[:, None] * inv_freq
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
