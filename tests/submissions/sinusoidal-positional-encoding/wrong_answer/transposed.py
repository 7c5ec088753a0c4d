# Wrong: returns (d_model, length), one column per position, instead of one row per position.
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    inv_freq = base ** (-np.arange(0, d_model, 2) / d_model)
    angles = inv_freq[:, None] * np.arange(length)
    pe = np.zeros((d_model, length))
    pe[0::2] = np.sin(angles)
    pe[1::2] = np.cos(angles[: d_model // 2])
    return pe
