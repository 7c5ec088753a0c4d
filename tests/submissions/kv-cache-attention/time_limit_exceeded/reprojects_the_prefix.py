# Too slow: caches the tokens instead of their keys and values, and re-projects the whole prefix at every call,
# O(cache_len * E^2) per decode step: E times the work of a real KV cache.
import math

import numpy as np


class CachedSelfAttention:
    def __init__(self, w_q, w_k, w_v, w_o, num_heads):
        self.w_q, self.w_k, self.w_v, self.w_o = w_q, w_k, w_v, w_o
        self.h, self.d = num_heads, w_q.shape[0] // num_heads
        self.reset()

    def reset(self):
        self.tokens = None

    def cache_len(self):
        return 0 if self.tokens is None else len(self.tokens)

    def heads(self, x):
        return x.reshape(len(x), self.h, self.d).transpose(1, 0, 2)

    def forward(self, x):
        t, e = x.shape
        self.tokens = x if self.tokens is None else np.vstack([self.tokens, x])
        n = len(self.tokens)
        q = self.heads(x @ self.w_q.T)
        k, v = self.heads(self.tokens @ self.w_k.T), self.heads(self.tokens @ self.w_v.T)  # the whole prefix, again
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(self.d)
        scores = np.where(np.tril(np.ones((t, n), dtype=bool), n - t), scores, -np.inf)
        p = np.exp(scores - scores.max(axis=-1, keepdims=True))
        p /= p.sum(axis=-1, keepdims=True)
        return (p @ v).transpose(1, 0, 2).reshape(t, e) @ self.w_o.T
