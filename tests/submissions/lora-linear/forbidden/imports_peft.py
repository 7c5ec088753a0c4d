# Forbidden: wraps the layer with HuggingFace peft's LoRA (LoraConfig, get_peft_model) instead of writing it.
import numpy as np
from peft import LoraConfig, get_peft_model


class LoRALinear:
    def __init__(self, weight, bias, r, alpha, seed=0):
        self.config = LoraConfig(r=r, lora_alpha=alpha)
        self.lora_A = np.zeros((r, weight.shape[1]))
        self.lora_B = np.zeros((weight.shape[0], r))

    def forward(self, x):
        return x

    def set_lora(self, A, B):
        pass

    def merged_weight(self):
        return None
