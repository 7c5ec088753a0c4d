# Forbidden: builds the layer from Microsoft's loralib (lora.Linear) instead of writing it.
import loralib as lora
import numpy as np


class LoRALinear:
    def __init__(self, weight, bias, r, alpha, seed=0):
        self.layer = lora.Linear(weight.shape[1], weight.shape[0], r=r, lora_alpha=alpha)
        self.lora_A = np.zeros((r, weight.shape[1]))
        self.lora_B = np.zeros((weight.shape[0], r))

    def forward(self, x):
        return x

    def set_lora(self, A, B):
        pass

    def merged_weight(self):
        return None
