"""Accepted: the assignments sorted by expert and split into one contiguous batch per expert (the dispatch of
MegaBlocks-style kernels), each expert run once on its batch, in x's own dtype (float32 stays float32 throughout)."""
import numpy as np


def moe_forward(x, w_router, w1, w2, top_k=2):
    n, num_experts = x.shape[0], w_router.shape[0]
    logits = x @ w_router.T
    logits = logits - logits.max(axis=-1, keepdims=True)
    probs = np.exp(logits)
    probs = probs / probs.sum(axis=-1, keepdims=True)
    topk = np.argsort(-probs, axis=-1, kind="mergesort")[:, :top_k]
    weights = np.take_along_axis(probs, topk, axis=-1)
    weights = weights / weights.sum(axis=-1, keepdims=True)

    flat = topk.reshape(-1)
    order = np.argsort(flat, kind="stable")
    tokens = order // top_k
    counts = np.bincount(flat, minlength=num_experts)
    y = np.zeros_like(x)
    start = 0
    for e, count in enumerate(counts):
        if count:
            rows = tokens[start:start + count]
            out = np.maximum(x[rows] @ w1[e].T, 0) @ w2[e].T
            y[rows] += weights.reshape(-1)[order[start:start + count], None] * out
        start += count
    aux = num_experts * np.dot(counts / (n * top_k), probs.mean(axis=0))
    return y, aux
