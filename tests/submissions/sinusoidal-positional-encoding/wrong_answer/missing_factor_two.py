# Wrong: the exponent i / d for pair i, without the 2 of 2i / d: the frequencies fall only to base**(-1/2).
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    inv_freq = base ** (-np.arange((d_model + 1) // 2) / d_model)
    angles = np.arange(length)[:, None] * inv_freq
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
