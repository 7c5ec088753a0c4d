"""Accepted: the top-k taken on the logits (the same order as the probabilities), the gates a softmax over the k
chosen logits only (equal to renormalising the full softmax: the common denominator cancels), and Mixtral's
HuggingFace loop: a one-hot mask per expert, np.add.at of the gated outputs. Computed in float64."""
import numpy as np


def softmax(z):
    z = np.exp(z - z.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)


def moe_forward(x, w_router, w1, w2, top_k=2):
    h = x.astype(np.float64)
    logits = h @ w_router.astype(np.float64).T
    num_experts = logits.shape[1]
    chosen = np.argsort(-logits, axis=1, kind="stable")[:, :top_k]
    gates = softmax(np.take_along_axis(logits, chosen, axis=1))
    mask = np.eye(num_experts, dtype=bool)[chosen]  # (N, top_k, X)
    y = np.zeros_like(h)
    for e in range(num_experts):
        token, slot = np.nonzero(mask[:, :, e])
        if token.size == 0:
            continue
        out = np.maximum(h[token] @ w1[e].T, 0) @ w2[e].T
        np.add.at(y, token, gates[token, slot, None] * out)
    f = mask.sum(axis=(0, 1)) / (x.shape[0] * top_k)
    aux = num_experts * float(f @ softmax(logits).mean(axis=0))
    return y.astype(x.dtype), aux
