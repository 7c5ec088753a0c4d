"""Wrong answer: computed in float64 and returned so: float32 inputs get a float64 y."""
import numpy as np


def moe_forward(x, w_router, w1, w2, top_k=2):
    num_experts = w_router.shape[0]
    x, w_router, w1, w2 = (a.astype(np.float64) for a in (x, w_router, w1, w2))
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
    f = np.bincount(chosen.ravel(), minlength=num_experts) / chosen.size
    return y, float(num_experts * np.sum(f * probs.mean(axis=0)))
