# Accepted, the slowest: a Python loop over the slices along axis, NumPy within each slice.
import numpy as np


def softmax(x, axis=-1):
    z = np.moveaxis(x, axis, -1)
    rows = z.reshape(-1, z.shape[-1])
    out = np.empty_like(rows)
    for i, row in enumerate(rows):
        e = np.exp(row - row.max())
        out[i] = e / e.sum()
    return np.moveaxis(out.reshape(z.shape), -1, axis)
