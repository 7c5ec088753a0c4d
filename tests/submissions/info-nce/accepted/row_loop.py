# Accepted, the slowest: a Python loop over the N rows (a -> b) and the N columns (b -> a), NumPy within each,
# the sums in Python floats.
import math

import numpy as np


def info_nce_loss(a, b, temperature=0.07):
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    a = a / np.linalg.norm(a, axis=1)[:, None]
    b = b / np.linalg.norm(b, axis=1)[:, None]
    n = len(a)
    total = []
    for i in range(n):
        row = b @ a[i] / temperature  # logits[i, :], a[i] against every b
        col = a @ b[i] / temperature  # logits[:, i], b[i] against every a
        for z in (row, col):
            top = z.max()
            total.append(top + math.log(np.exp(z - top).sum()) - z[i])
    return math.fsum(total) / (2 * n)
