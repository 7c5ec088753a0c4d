# Runtime error: `if self.bias:` on an array of more than one element raises "truth value ... is ambiguous".
import numpy as np


class LoRALinear:
    def __init__(self, weight, bias, r, alpha, seed=0):
        self.weight = weight.copy()
        self.bias = None if bias is None else bias.copy()
        self.scale = alpha / r
        bound = 1 / np.sqrt(weight.shape[1])
        self.lora_A = np.random.default_rng(seed).uniform(-bound, bound, (r, weight.shape[1])).astype(weight.dtype)
        self.lora_B = np.zeros((weight.shape[0], r), weight.dtype)

    def set_lora(self, A, B):
        self.lora_A, self.lora_B = A.copy(), B.copy()

    def forward(self, x):
        y = x @ self.weight.T + self.scale * (x @ self.lora_A.T) @ self.lora_B.T
        if self.bias:
            y = y + self.bias
        return y

    def merged_weight(self):
        return self.weight + self.scale * self.lora_B @ self.lora_A
