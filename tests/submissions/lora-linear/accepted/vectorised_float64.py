# Accepted: vectorised NumPy in float64, lora_A from rng.random scaled to [-bound, bound), copies everywhere.
import numpy as np


class LoRALinear:
    def __init__(self, weight, bias, r, alpha, seed=0):
        out_features, in_features = weight.shape
        self.dtype = weight.dtype
        self.W = weight.astype(np.float64)  # astype copies
        self.b = np.zeros(out_features) if bias is None else bias.astype(np.float64)
        self.scale = alpha / r
        bound = 1.0 / np.sqrt(in_features)
        rng = np.random.default_rng(seed)
        self.lora_A = ((rng.random((r, in_features)) * 2 - 1) * bound).astype(self.dtype)
        self.lora_B = np.zeros((out_features, r), dtype=self.dtype)

    def set_lora(self, A, B):
        self.lora_A, self.lora_B = A.copy(), B.copy()

    def forward(self, x):
        x64 = x.astype(np.float64)
        h = x64 @ self.lora_A.astype(np.float64).T
        y = x64 @ self.W.T + self.b + self.scale * (h @ self.lora_B.astype(np.float64).T)
        return y.astype(x.dtype)

    def merged_weight(self):
        delta = self.lora_B.astype(np.float64) @ self.lora_A.astype(np.float64)
        return (self.W + self.scale * delta).astype(self.dtype)
