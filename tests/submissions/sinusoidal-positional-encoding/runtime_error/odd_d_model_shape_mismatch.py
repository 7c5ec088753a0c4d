# Runtime error: the classic pe[:, 1::2] = cos(position * div_term): for an odd d_model there are
# (d_model + 1) // 2 frequencies but only d_model // 2 cos columns, so NumPy cannot broadcast the assignment.
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    position = np.arange(length)[:, None]
    div_term = np.exp(np.arange(0, d_model, 2) * (-np.log(base) / d_model))
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(position * div_term)
    pe[:, 1::2] = np.cos(position * div_term)
    return pe
