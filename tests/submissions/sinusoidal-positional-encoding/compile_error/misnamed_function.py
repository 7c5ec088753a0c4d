# Compile error: the function is called positional_encoding, so the grader finds no
# `sinusoidal_positional_encoding`.
import numpy as np


def positional_encoding(length, d_model, base=10000.0):
    angles = np.arange(length)[:, None] / base ** (np.arange(0, d_model, 2) / d_model)
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
