"""Accepted, the PyTorch flavour: torch.topk's k-th value as the threshold (k clamped to V), masked_fill with -inf,
softmax, a stable descending sort for the nucleus, a softmax again over what is left."""
import torch


def top_k_top_p_filter(scores, temperature=1.0, top_k=0, top_p=1.0):
    scores = scores / temperature
    if top_k > 0:
        k = min(top_k, scores.size(-1))
        kth = torch.topk(scores, k, dim=-1).values[..., -1, None]
        scores = scores.masked_fill(scores < kth, float("-inf"))
    if top_p < 1.0:
        probs = scores.softmax(dim=-1)
        sorted_probs, idx = torch.sort(probs, dim=-1, descending=True, stable=True)
        above = sorted_probs.cumsum(dim=-1) - sorted_probs
        remove = torch.zeros_like(above, dtype=torch.bool).scatter(-1, idx, above >= top_p)
        scores = scores.masked_fill(remove, float("-inf"))
    return scores.softmax(dim=-1)
