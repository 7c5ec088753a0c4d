# Compile error: the function is named decoder_layer (HuggingFace's word), not decoder_block: no entry point.
import numpy as np


def decoder_layer(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    return np.zeros_like(x)
