# Accepted: per-head Python lists of key and value chunks and a loop over heads and over the chunk's tokens; each
# token attends to the cache up to itself with a 1-D softmax. Slower, still O(cache_len * E) per decode step.
import numpy as np


class CachedSelfAttention:
    def __init__(self, w_q, w_k, w_v, w_o, num_heads):
        self.w_q, self.w_k, self.w_v, self.w_o = w_q, w_k, w_v, w_o
        self.num_heads = num_heads
        self.head_dim = w_q.shape[0] // num_heads
        self.reset()

    def reset(self):
        self.keys = [np.zeros((0, self.head_dim), self.w_q.dtype) for _ in range(self.num_heads)]
        self.values = [np.zeros((0, self.head_dim), self.w_q.dtype) for _ in range(self.num_heads)]

    def cache_len(self):
        return len(self.keys[0])

    def forward(self, x):
        q, k, v = x @ self.w_q.T, x @ self.w_k.T, x @ self.w_v.T
        t, start = len(x), self.cache_len()
        out = np.empty_like(q)
        for h in range(self.num_heads):
            cols = slice(h * self.head_dim, (h + 1) * self.head_dim)
            self.keys[h] = np.vstack([self.keys[h], k[:, cols]])
            self.values[h] = np.vstack([self.values[h], v[:, cols]])
            for i in range(t):
                seen = start + i + 1  # the cached tokens, then the chunk's up to this one
                s = self.keys[h][:seen] @ q[i, cols] / np.sqrt(self.head_dim).astype(x.dtype)
                w = np.exp(s - s.max())
                out[i, cols] = (w / w.sum()) @ self.values[h][:seen]
        return out @ self.w_o.T
