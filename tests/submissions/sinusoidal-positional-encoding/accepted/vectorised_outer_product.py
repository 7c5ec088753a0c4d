# Accepted: the textbook answer, an outer product of positions and frequencies, sin into 0::2 and cos into 1::2.
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    inv_freq = base ** (-np.arange(0, d_model, 2) / d_model)
    angles = np.outer(np.arange(length), inv_freq)
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
