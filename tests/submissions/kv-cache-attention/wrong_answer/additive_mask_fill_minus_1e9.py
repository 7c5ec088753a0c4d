# Wrong answer: a finite mask fill of -1e9 instead of -inf; the constraints allow scores that differ by more.
import numpy as np


class CachedSelfAttention:
    def __init__(self, w_q, w_k, w_v, w_o, num_heads):
        E = w_q.shape[0]
        if E % num_heads:
            raise ValueError("num_heads must divide E")
        self.w_q, self.w_k, self.w_v, self.w_o = w_q, w_k, w_v, w_o
        self.H = num_heads
        self.D = E // num_heads
        self.reset()

    def reset(self):
        E = self.w_q.shape[0]
        self.k = np.zeros((self.H, 0, self.D), dtype=self.w_q.dtype)
        self.v = np.zeros((self.H, 0, self.D), dtype=self.w_q.dtype)

    def cache_len(self):
        return int(self.k.shape[1])

    def forward(self, x):
        T, E = x.shape
        H, D = self.H, self.D
        q = (x @ self.w_q.T).reshape(T, H, D).transpose(1, 0, 2)
        k = (x @ self.w_k.T).reshape(T, H, D).transpose(1, 0, 2)
        v = (x @ self.w_v.T).reshape(T, H, D).transpose(1, 0, 2)
        self.k = np.concatenate([self.k, k], axis=1)
        self.v = np.concatenate([self.v, v], axis=1)
        n = self.k.shape[1]
        s = q @ self.k.transpose(0, 2, 1) / np.sqrt(D).astype(x.dtype)
        if T > 1:
            i = np.arange(T)[:, None]
            j = np.arange(n)[None, :]
            s = s + np.where(j <= n - T + i, 0.0, -1e9).astype(s.dtype)
        s = s - s.max(axis=-1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=-1, keepdims=True)
        o = (p @ self.v).transpose(1, 0, 2).reshape(T, E)
        return (o @ self.w_o.T).astype(x.dtype, copy=False)
