"""Compile error: the function is called moe_layer, so the grader finds no `moe_forward`."""
import numpy as np


def moe_layer(x, w_router, w1, w2, top_k=2):
    logits = x @ w_router.T
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    return probs / probs.sum(axis=1, keepdims=True)
