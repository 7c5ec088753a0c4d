"""Forbidden: HuggingFace's logits warpers do exactly this chain (temperature, top-k, top-p); importing transformers
is refused."""
import numpy as np
import torch
from transformers import TemperatureLogitsWarper, TopKLogitsWarper, TopPLogitsWarper


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    scores = torch.from_numpy(logits.reshape(-1, logits.shape[-1]))
    scores = TemperatureLogitsWarper(temperature)(None, scores)
    if top_k > 0:
        scores = TopKLogitsWarper(top_k)(None, scores)
    if top_p < 1.0:
        scores = TopPLogitsWarper(top_p)(None, scores)
    return np.asarray(scores.softmax(-1).numpy()).reshape(logits.shape)
