# Too slow: builds the full d x d (block-diagonal) rotation matrix of every row and multiplies it with the row in
# pure Python: O(L * d^2) interpreted steps per leading index, where the pairs need O(L * d).
import math

import numpy as np


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    pairs = [(2 * i, 2 * i + 1) if interleaved else (i, i + d // 2) for i in range(d // 2)]
    rows = x.reshape(-1, x.shape[-2], d).tolist()
    out = []
    for block in rows:
        turned = []
        for l, row in enumerate(block):
            R = [[0.0] * d for _ in range(d)]
            for i, (j, k) in enumerate(pairs):
                angle = int(positions[l]) * base ** (-2 * i / d)
                R[j][j], R[j][k] = math.cos(angle), -math.sin(angle)
                R[k][j], R[k][k] = math.sin(angle), math.cos(angle)
            turned.append([sum(R[r][c] * row[c] for c in range(d)) for r in range(d)])
        out.append(turned)
    return np.array(out, dtype=x.dtype).reshape(x.shape)
