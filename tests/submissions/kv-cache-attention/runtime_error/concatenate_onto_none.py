# Runtime error: starts the cache as None and concatenates onto it without handling the empty cache, which NumPy
# refuses on the very first forward() call.
import math

import numpy as np


class CachedSelfAttention:
    def __init__(self, w_q, w_k, w_v, w_o, num_heads):
        self.w_q, self.w_k, self.w_v, self.w_o = w_q, w_k, w_v, w_o
        self.h, self.d = num_heads, w_q.shape[0] // num_heads
        self.reset()

    def reset(self):
        self.k = self.v = None

    def cache_len(self):
        return 0 if self.k is None else self.k.shape[1]

    def forward(self, x):
        t, e = x.shape
        heads = lambda y: y.reshape(t, self.h, self.d).transpose(1, 0, 2)  # noqa: E731
        q, k, v = heads(x @ self.w_q.T), heads(x @ self.w_k.T), heads(x @ self.w_v.T)
        self.k = np.concatenate([self.k, k], axis=1)
        self.v = np.concatenate([self.v, v], axis=1)
        n = self.k.shape[1]
        scores = q @ self.k.transpose(0, 2, 1) / math.sqrt(self.d)
        scores = np.where(np.tril(np.ones((t, n), dtype=bool), n - t), scores, -np.inf)
        p = np.exp(scores - scores.max(axis=-1, keepdims=True))
        return (p / p.sum(axis=-1, keepdims=True) @ self.v).transpose(1, 0, 2).reshape(t, e) @ self.w_o.T
