# Accepted: a different formulation: forward goes through the merged weight, x @ (W + (alpha/r) B A).T + b, and
# lora_A comes from kaiming's formula written out (gain sqrt(2 / (1 + a^2)) with a = sqrt(5), bound sqrt(3) * std).
import math

import numpy as np


class LoRALinear:
    def __init__(self, weight, bias, r, alpha, seed=0):
        fan_in = weight.shape[1]
        gain = math.sqrt(2.0 / (1 + 5))
        bound = math.sqrt(3.0) * gain / math.sqrt(fan_in)
        self._w = np.array(weight, dtype=np.float64)
        self._b = None if bias is None else np.array(bias, dtype=np.float64)
        self._dtype = weight.dtype
        self._scale = alpha / r
        self.lora_A = np.random.default_rng(seed).uniform(-bound, bound, size=(r, fan_in)).astype(self._dtype)
        self.lora_B = np.zeros((weight.shape[0], r), dtype=self._dtype)

    def set_lora(self, A, B):
        self.lora_A = np.array(A, copy=True)
        self.lora_B = np.array(B, copy=True)

    def _merged64(self):
        return self._w + self._scale * (self.lora_B.astype(np.float64) @ self.lora_A.astype(np.float64))

    def forward(self, x):
        y = np.asarray(x, np.float64) @ self._merged64().T
        if self._b is not None:
            y += self._b
        return y.astype(x.dtype)

    def merged_weight(self):
        return self._merged64().astype(self._dtype)
