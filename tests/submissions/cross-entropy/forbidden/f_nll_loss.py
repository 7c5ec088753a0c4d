# Forbidden: a hand-written log-softmax, then torch.nn.functional.nll_loss for the gather, the masking and the mean
# (imported by name, an alias the check must still catch).
import torch
from torch.nn.functional import nll_loss


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    x = torch.from_numpy(logits)
    z = x - x.amax(dim=1, keepdim=True)
    log_p = z - z.exp().sum(dim=1, keepdim=True).log()
    loss = nll_loss(log_p, torch.from_numpy(target), ignore_index=ignore_index, reduction=reduction)
    return loss.numpy() if reduction == "none" else loss.item()
