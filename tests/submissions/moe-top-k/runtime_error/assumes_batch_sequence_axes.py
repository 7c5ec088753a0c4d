"""Runtime error: written for Mixtral's (batch, sequence, hidden) input, `batch, length, dim = x.shape` fails on
the (N, E) tokens given here (ValueError: not enough values to unpack)."""
import numpy as np


def moe_forward(x, w_router, w1, w2, top_k=2):
    batch, length, dim = x.shape
    tokens = x.reshape(-1, dim)
    logits = tokens @ w_router.T
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    chosen = np.argsort(-probs, axis=1, kind="stable")[:, :top_k]
    gates = np.take_along_axis(probs, chosen, axis=1)
    gates /= gates.sum(axis=1, keepdims=True)
    y = np.zeros_like(tokens)
    for e in range(w_router.shape[0]):
        token, slot = np.nonzero(chosen == e)
        y[token] += gates[token, slot, None] * (np.maximum(tokens[token] @ w1[e].T, 0) @ w2[e].T)
    f = np.bincount(chosen.ravel(), minlength=w_router.shape[0]) / chosen.size
    return y.reshape(batch, length, dim), float(w_router.shape[0] * f @ probs.mean(axis=0))
