# Forbidden: the NumPy class keeps its cache in NumPy but hands the attention itself to
# torch.nn.functional.scaled_dot_product_attention, which does the problem's work.
import numpy as np
import torch
import torch.nn.functional as F


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
        self.k = k if self.k is None else np.concatenate([self.k, k], axis=1)
        self.v = v if self.v is None else np.concatenate([self.v, v], axis=1)
        n = self.k.shape[1]
        mask = torch.from_numpy(np.tril(np.ones((t, n), dtype=bool), n - t))
        out = F.scaled_dot_product_attention(torch.from_numpy(np.ascontiguousarray(q)), torch.from_numpy(self.k),
                                             torch.from_numpy(self.v), attn_mask=mask).numpy()
        return out.transpose(1, 0, 2).reshape(t, e) @ self.w_o.T
