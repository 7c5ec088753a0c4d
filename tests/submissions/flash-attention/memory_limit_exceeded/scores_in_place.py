# Memory: the leanest way to materialise: one (Lq, Lk) matrix in q's dtype, softmax in place (256 MiB in float32).
import math

import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    s = q @ k.T
    s *= q.dtype.type(1 / math.sqrt(q.shape[1]))
    if causal:
        s[np.triu_indices(len(q), 1)] = -np.inf
    s -= s.max(axis=1, keepdims=True)
    np.exp(s, out=s)
    s /= s.sum(axis=1, keepdims=True)
    return s @ v
