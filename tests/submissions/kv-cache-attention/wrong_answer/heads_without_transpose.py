# Wrong answer: the cache keeps keys and values as (n, E) and splits them into heads with a bare reshape to
# (H, n, D), which cuts the flattened n * E numbers into H blocks of whole tokens instead of feature slices. The
# single query is split the same way, which happens to be right for T = 1; the keys are not, once n > 1.
import math

import numpy as np


class CachedSelfAttention:
    def __init__(self, w_q, w_k, w_v, w_o, num_heads):
        self.w_q, self.w_k, self.w_v, self.w_o = w_q, w_k, w_v, w_o
        self.h, self.d = num_heads, w_q.shape[0] // num_heads
        self.reset()

    def reset(self):
        self.K = self.V = None  # (n, E)

    def cache_len(self):
        return 0 if self.K is None else len(self.K)

    def forward(self, x):
        t, e = x.shape
        k, v = x @ self.w_k.T, x @ self.w_v.T
        self.K = k if self.K is None else np.vstack([self.K, k])
        self.V = v if self.V is None else np.vstack([self.V, v])
        n = len(self.K)
        q = (x @ self.w_q.T).reshape(self.h, t, self.d)
        keys, values = self.K.reshape(self.h, n, self.d), self.V.reshape(self.h, n, self.d)
        scores = q @ keys.transpose(0, 2, 1) / math.sqrt(self.d)
        scores = np.where(np.tril(np.ones((t, n), dtype=bool), n - t), scores, -np.inf)
        p = np.exp(scores - scores.max(axis=-1, keepdims=True))
        p /= p.sum(axis=-1, keepdims=True)
        return (p @ values).transpose(1, 0, 2).reshape(t, e) @ self.w_o.T
