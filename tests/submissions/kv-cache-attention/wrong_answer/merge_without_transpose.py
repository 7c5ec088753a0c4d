# Wrong answer: merges the heads' outputs (H, T, D) straight into (T, E) with reshape, without transposing back to
# (T, H, D) first: right for single-token decode steps (T = 1), scrambled tokens and heads in a chunk.
import math

import numpy as np


class CachedSelfAttention:
    def __init__(self, w_q, w_k, w_v, w_o, num_heads):
        self.w_q, self.w_k, self.w_v, self.w_o = w_q, w_k, w_v, w_o
        self.h, self.d = num_heads, w_q.shape[0] // num_heads
        self.reset()

    def reset(self):
        self.k = self.v = None  # (H, n, D)

    def cache_len(self):
        return 0 if self.k is None else self.k.shape[1]

    def heads(self, x):
        return x.reshape(x.shape[0], self.h, self.d).transpose(1, 0, 2)

    def forward(self, x):
        t, e = x.shape
        q, k, v = self.heads(x @ self.w_q.T), self.heads(x @ self.w_k.T), self.heads(x @ self.w_v.T)
        self.k = k if self.k is None else np.concatenate([self.k, k], axis=1)
        self.v = v if self.v is None else np.concatenate([self.v, v], axis=1)
        n = self.k.shape[1]
        scores = q @ self.k.transpose(0, 2, 1) / math.sqrt(self.d)
        scores = np.where(np.tril(np.ones((t, n), dtype=bool), n - t), scores, -np.inf)
        p = np.exp(scores - scores.max(axis=-1, keepdims=True))
        p /= p.sum(axis=-1, keepdims=True)
        return (p @ self.v).reshape(t, e) @ self.w_o.T
