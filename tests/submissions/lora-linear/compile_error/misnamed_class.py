# Compile error: the class is named LoraLinear, not LoRALinear.
import numpy as np


class LoraLinear:
    def __init__(self, weight, bias, r, alpha, seed=0):
        self.weight, self.bias = weight.copy(), bias
        self.lora_A = np.random.default_rng(seed).uniform(-1, 1, (r, weight.shape[1])) / np.sqrt(weight.shape[1])
        self.lora_B = np.zeros((weight.shape[0], r))
