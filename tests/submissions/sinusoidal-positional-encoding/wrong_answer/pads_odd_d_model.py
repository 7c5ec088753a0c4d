# Wrong: for an odd d_model, builds the encoding for d_model + 1 and drops the last column; the exponent's
# denominator is then d_model + 1, which changes every frequency but the first.
import numpy as np


def sinusoidal_positional_encoding(length, d_model, base=10000.0):
    even = d_model + d_model % 2
    inv_freq = base ** (-np.arange(0, even, 2) / even)
    angles = np.arange(length)[:, None] * inv_freq
    pe = np.zeros((length, even))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe[:, :d_model]
