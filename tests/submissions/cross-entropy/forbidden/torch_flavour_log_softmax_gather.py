# Forbidden: the PyTorch flavour with the gather, masking and smoothing written out, but the log-softmax left to
# input.log_softmax (torch.Tensor.log_softmax).
import torch


def cross_entropy(input, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction)
    log_p = input.log_softmax(dim=-1)
    keep = target != ignore_index
    nll = -log_p.gather(1, (target * keep).unsqueeze(1)).squeeze(1)
    loss = ((1 - label_smoothing) * nll - label_smoothing * log_p.mean(dim=1)) * keep
    if reduction == "none":
        return loss
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
