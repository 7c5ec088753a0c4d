# Too slow: forward as pure-Python index loops, recomputing the rank-r bottleneck x @ A.T for every output entry
# (O(N * out * r * in) interpreted steps: about 4 * 10^9 on the largest case, hours instead of a second).
import math

import numpy as np


class LoRALinear:
    def __init__(self, weight, bias, r, alpha, seed=0):
        self.dtype = weight.dtype
        self.W = weight.tolist()
        self.b = None if bias is None else bias.tolist()
        self.r, self.scale = r, alpha / r
        n_out, n_in = weight.shape
        bound = 1 / math.sqrt(n_in)
        self.lora_A = np.random.default_rng(seed).uniform(-bound, bound, (r, n_in)).astype(self.dtype)
        self.lora_B = np.zeros((n_out, r), self.dtype)

    def set_lora(self, A, B):
        self.lora_A, self.lora_B = A.copy(), B.copy()

    def merged_weight(self):
        A, B = self.lora_A.tolist(), self.lora_B.tolist()
        merged = [[self.W[o][i] + self.scale * sum(B[o][k] * A[k][i] for k in range(self.r))
                   for i in range(len(self.W[0]))] for o in range(len(self.W))]
        return np.array(merged, dtype=self.dtype)

    def forward(self, x):
        A, B = self.lora_A.tolist(), self.lora_B.tolist()
        n_out, n_in = len(self.W), len(self.W[0])
        out = []
        for row in x.reshape(-1, n_in).tolist():
            y = []
            for o in range(n_out):
                total = 0.0 if self.b is None else self.b[o]
                for i in range(n_in):
                    total += self.W[o][i] * row[i]
                for k in range(self.r):
                    h = 0.0
                    for i in range(n_in):
                        h += A[k][i] * row[i]
                    total += self.scale * B[o][k] * h
                y.append(total)
            out.append(y)
        return np.array(out, dtype=x.dtype).reshape(*x.shape[:-1], n_out)
