"""Wrong answer, the PyTorch flavour: HuggingFace's TopPLogitsWarper written out, with its ascending sort (stable
here): among tokens of equal probability the ascending order puts the lower index first, so from the top the higher
index is ranked first, and the nucleus keeps the wrong member of a tie at its edge."""
import torch


def top_k_top_p_filter(scores, temperature=1.0, top_k=0, top_p=1.0):
    scores = scores / temperature
    if top_k > 0:
        k = min(top_k, scores.size(-1))
        kth = torch.topk(scores, k, dim=-1).values[..., -1, None]
        scores = scores.masked_fill(scores < kth, float("-inf"))
    if top_p < 1.0:
        sorted_logits, idx = torch.sort(scores, dim=-1, descending=False, stable=True)
        cum = sorted_logits.softmax(dim=-1).cumsum(dim=-1)
        remove = cum <= 1 - top_p
        remove[..., -1] = False
        scores = scores.masked_fill(remove.scatter(-1, idx, remove), float("-inf"))
    return scores.softmax(dim=-1)
