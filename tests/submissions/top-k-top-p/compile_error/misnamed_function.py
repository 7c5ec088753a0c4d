"""Compile error: the function is named top_k_top_p_filtering (the old HuggingFace helper's name), not
top_k_top_p_filter as the problem's entry point is."""
import numpy as np


def top_k_top_p_filtering(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = logits.astype(np.float64) / temperature
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)).astype(logits.dtype)
