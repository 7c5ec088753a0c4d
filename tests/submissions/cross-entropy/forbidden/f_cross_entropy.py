# Forbidden: torch.nn.functional.cross_entropy under its usual alias does the whole problem (right answers: it
# would be accepted without the check).
import torch
import torch.nn.functional as F


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    loss = F.cross_entropy(torch.from_numpy(logits), torch.from_numpy(target), ignore_index=ignore_index,
                           label_smoothing=label_smoothing, reduction=reduction)
    return loss.numpy() if reduction == "none" else loss.item()
