# Accepted: a Python loop over the rows of x (one matrix-vector product each) and over the ranks of the update,
# in the layer's own dtype; A drawn one row at a time.
import math

import numpy as np


class LoRALinear:
    def __init__(self, weight, bias, r, alpha, seed=0):
        self.weight = weight.copy()
        self.bias = None if bias is None else bias.copy()
        self.r, self.alpha = r, alpha
        n_out, n_in = weight.shape
        rng = np.random.default_rng(seed)
        bound = 1 / math.sqrt(n_in)
        self.lora_A = np.stack([rng.uniform(-bound, bound, n_in) for _ in range(r)]).astype(weight.dtype)
        self.lora_B = np.zeros((n_out, r), weight.dtype)

    def set_lora(self, A, B):
        self.lora_A = np.array(A)
        self.lora_B = np.array(B)

    def forward(self, x):
        flat = x.reshape(-1, x.shape[-1])
        out = np.empty((flat.shape[0], self.weight.shape[0]), dtype=x.dtype)
        scale = self.alpha / self.r
        for n, row in enumerate(flat):
            y = self.weight @ row
            if self.bias is not None:
                y = y + self.bias
            h = self.lora_A @ row
            for k in range(self.r):
                y = y + (scale * h[k]) * self.lora_B[:, k]
            out[n] = y
        return out.reshape(*x.shape[:-1], -1)

    def merged_weight(self):
        merged = self.weight.copy()
        for k in range(self.r):
            merged += (self.alpha / self.r) * np.outer(self.lora_B[:, k], self.lora_A[k])
        return merged
