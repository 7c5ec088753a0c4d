"""Forbidden: FlashInfer's top_k_renorm_probs and top_p_renorm_probs are these two filters with their
renormalisation; importing flashinfer is refused."""
import numpy as np
import flashinfer


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    import torch

    probs = torch.from_numpy(logits.reshape(-1, logits.shape[-1]) / temperature).softmax(-1)
    if top_k > 0:
        probs = flashinfer.sampling.top_k_renorm_probs(probs, top_k)
    if top_p < 1.0:
        probs = flashinfer.sampling.top_p_renorm_probs(probs, top_p)
    return probs.numpy().reshape(logits.shape)
