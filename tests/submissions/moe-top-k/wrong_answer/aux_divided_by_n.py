"""Wrong answer: f_e divided by the number of tokens N, not by the N * top_k assignments (HuggingFace
Mixtral's normalisation): the loss is top_k times the Switch loss asked for."""
import numpy as np


def moe_forward(x, w_router, w1, w2, top_k=2):
    num_experts = w_router.shape[0]
    logits = x @ w_router.T
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    chosen = np.argsort(-probs, axis=1, kind="stable")[:, :top_k]
    gates = np.take_along_axis(probs, chosen, axis=1)
    gates = gates / gates.sum(axis=1, keepdims=True)
    y = np.zeros_like(x)
    for e in range(num_experts):
        token, slot = np.nonzero(chosen == e)
        if token.size:
            out = np.maximum(x[token] @ w1[e].T, 0) @ w2[e].T
            y[token] += gates[token, slot, None] * out
    f = np.bincount(chosen.ravel(), minlength=num_experts) / x.shape[0]
    return y, float(num_experts * np.sum(f * probs.mean(axis=0)))
