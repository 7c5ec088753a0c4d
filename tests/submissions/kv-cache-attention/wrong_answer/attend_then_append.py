# Wrong answer: each token attends to the cache as it was, then appends its own key and value, so it never sees
# itself (the diagonal of the causal mask is dropped). Only the very first token, with nothing cached yet, is
# appended first and attends to itself alone.
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
        out = np.empty((self.h, t, self.d), dtype=x.dtype)
        for i in range(t):
            if self.k is None:  # nothing to attend to yet
                self.k, self.v = k[:, i:i + 1], v[:, i:i + 1]
                out[:, i] = v[:, i]
                continue
            scores = q[:, i:i + 1] @ self.k.transpose(0, 2, 1) / math.sqrt(self.d)
            p = np.exp(scores - scores.max(axis=-1, keepdims=True))
            out[:, i] = (p / p.sum(axis=-1, keepdims=True) @ self.v)[:, 0]
            self.k = np.concatenate([self.k, k[:, i:i + 1]], axis=1)
            self.v = np.concatenate([self.v, v[:, i:i + 1]], axis=1)
        return out.transpose(1, 0, 2).reshape(t, e) @ self.w_o.T
