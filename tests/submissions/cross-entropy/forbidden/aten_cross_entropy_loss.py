# Forbidden: the operator behind F.cross_entropy reached through torch.ops.aten (reduction 0 = none, 1 = mean,
# 2 = sum).
import torch


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    code = {"none": 0, "mean": 1, "sum": 2}[reduction] if reduction in ("none", "mean", "sum") else None
    if code is None:
        raise ValueError(reduction)
    loss = torch.ops.aten.cross_entropy_loss(torch.from_numpy(logits), torch.from_numpy(target), None, code,
                                             ignore_index, label_smoothing)
    return loss.numpy() if reduction == "none" else loss.item()
