"""top_k_top_p_filter with PyTorch, in the dtype of the logits, as HuggingFace's TemperatureLogitsWarper,
TopKLogitsWarper and TopPLogitsWarper chain them (the calls the problem forbids; transformers is not a dependency,
so their steps are written out): scores / temperature; torch.topk's k-th value as the threshold, scores below it
set to -inf; softmax; then the nucleus from a stable descending sort (the contract's ties, lower index first; HF
sorts ascending and unstably), a token kept while the mass ranked above it is below top_p; softmax again over the
kept scores."""

import torch


def solve(logits, temperature=1.0, top_k=0, top_p=1.0):
    scores = torch.from_numpy(logits) / temperature
    vocab = scores.shape[-1]
    if 0 < top_k < vocab:
        kth = torch.topk(scores, top_k, dim=-1).values[..., -1:]
        scores = scores.masked_fill(scores < kth, float("-inf"))
    if top_p < 1.0:
        probs = torch.softmax(scores, dim=-1)
        ranked, order = torch.sort(probs, dim=-1, descending=True, stable=True)
        above = torch.cumsum(ranked, dim=-1) - ranked
        drop = torch.zeros_like(above, dtype=torch.bool).scatter(-1, order, above >= top_p)
        scores = scores.masked_fill(drop, float("-inf"))
    return torch.softmax(scores, dim=-1).numpy()
