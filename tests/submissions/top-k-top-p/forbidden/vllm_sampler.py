"""Forbidden: vLLM's sampler applies top-k and top-p to logits in one call (apply_top_k_top_p); importing vllm is
refused."""
import numpy as np


def top_k_top_p_filter(logits, temperature=1.0, top_k=0, top_p=1.0):
    # refused before torch's import, which takes seconds of CPU time, could run out the limit
    from vllm.v1.sample.ops.topk_topp_sampler import apply_top_k_top_p
    import torch

    scores = torch.from_numpy(logits.reshape(-1, logits.shape[-1])) / temperature
    rows = scores.shape[0]
    k = torch.full((rows,), min(top_k, scores.shape[-1])) if top_k > 0 else None
    p = torch.full((rows,), top_p, dtype=scores.dtype) if top_p < 1.0 else None
    return np.asarray(apply_top_k_top_p(scores, k, p).softmax(-1).numpy()).reshape(logits.shape)
