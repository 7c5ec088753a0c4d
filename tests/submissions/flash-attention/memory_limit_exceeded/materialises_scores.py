# Memory: plain attention, right numbers, but the whole (Lq, Lk) score matrix (512 MiB in float64 at 8192 x 8192).
import math

import numpy as np


def flash_attention(q, k, v, block_size=64, causal=False):
    scores = q.astype(np.float64) @ k.astype(np.float64).T / math.sqrt(q.shape[1])
    if causal:
        scores = np.where(np.tri(len(q), len(k), dtype=bool), scores, -np.inf)
    p = np.exp(scores - scores.max(axis=1, keepdims=True))
    return (p @ v / p.sum(axis=1, keepdims=True)).astype(q.dtype)
