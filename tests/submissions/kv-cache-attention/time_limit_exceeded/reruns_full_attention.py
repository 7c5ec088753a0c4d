# Too slow: no cache at all; every call reruns causal self-attention over the whole sequence so far and returns its
# last T rows: O(cache_len * E^2 + cache_len^2 * E) per decode step, O(n^3 * E) for n decode steps.
import math

import numpy as np


class CachedSelfAttention:
    def __init__(self, w_q, w_k, w_v, w_o, num_heads):
        self.w_q, self.w_k, self.w_v, self.w_o = w_q, w_k, w_v, w_o
        self.h, self.d = num_heads, w_q.shape[0] // num_heads
        self.reset()

    def reset(self):
        self.sequence = []

    def cache_len(self):
        return len(self.sequence)

    def forward(self, x):
        self.sequence.extend(x)
        seq = np.array(self.sequence)
        n, e = seq.shape
        heads = lambda y: y.reshape(n, self.h, self.d).transpose(1, 0, 2)  # noqa: E731
        q, k, v = heads(seq @ self.w_q.T), heads(seq @ self.w_k.T), heads(seq @ self.w_v.T)
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(self.d)
        scores = np.where(np.tril(np.ones((n, n), dtype=bool)), scores, -np.inf)
        p = np.exp(scores - scores.max(axis=-1, keepdims=True))
        p /= p.sum(axis=-1, keepdims=True)
        out = (p @ v).transpose(1, 0, 2).reshape(n, e) @ self.w_o.T
        return out[n - len(x):]
