# Too slow: every product of both layers, forward and backward, as pure-Python loops over scalars:
# O(N * H * (D + C)) Python steps, 3 * 10^8 for N = 1024, D = H = 256, C = 128.
import math

import numpy as np


def mlp_backprop(x, y, w1, b1, w2, b2):
    xs, w1s, b1s, w2s, b2s, ys = x.tolist(), w1.tolist(), b1.tolist(), w2.tolist(), b2.tolist(), y.tolist()
    n, d, hidden, classes = len(xs), len(xs[0]), len(b1s), len(b2s)
    g_w1 = [[0.0] * d for _ in range(hidden)]
    g_b1 = [0.0] * hidden
    g_w2 = [[0.0] * hidden for _ in range(classes)]
    g_b2 = [0.0] * classes
    total = 0.0
    for i in range(n):
        z = [b1s[j] + sum(xs[i][k] * w1s[j][k] for k in range(d)) for j in range(hidden)]
        h = [v if v > 0 else 0.0 for v in z]
        logits = [b2s[c] + sum(h[j] * w2s[c][j] for j in range(hidden)) for c in range(classes)]
        top = max(logits)
        lse = top + math.log(sum(math.exp(v - top) for v in logits))
        total += lse - logits[ys[i]]
        d_logits = [(math.exp(logits[c] - lse) - (c == ys[i])) / n for c in range(classes)]
        for c in range(classes):
            g_b2[c] += d_logits[c]
            for j in range(hidden):
                g_w2[c][j] += d_logits[c] * h[j]
        for j in range(hidden):
            if z[j] > 0:
                d_z = sum(d_logits[c] * w2s[c][j] for c in range(classes))
                g_b1[j] += d_z
                for k in range(d):
                    g_w1[j][k] += d_z * xs[i][k]
    grads = {"w1": g_w1, "b1": g_b1, "w2": g_w2, "b2": g_b2}
    return total / n, {name: np.array(g, dtype=x.dtype) for name, g in grads.items()}
