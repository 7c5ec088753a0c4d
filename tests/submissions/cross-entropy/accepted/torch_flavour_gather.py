# Accepted: the PyTorch flavour (`shousi start cross-entropy --torch`): a stable log-softmax with amax, gather for
# the targets, torch.where for the ignored rows; differentiable end to end.
import torch


def cross_entropy(input: torch.Tensor, target: torch.Tensor, ignore_index: int = -100, label_smoothing: float = 0.0,
                  reduction: str = "mean") -> torch.Tensor:
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    z = input - input.amax(dim=1, keepdim=True)
    log_p = z - torch.log(torch.exp(z).sum(dim=1, keepdim=True))
    keep = target != ignore_index
    safe = torch.where(keep, target, torch.zeros_like(target))
    nll = -log_p.gather(1, safe.unsqueeze(1)).squeeze(1)
    loss = (1 - label_smoothing) * nll - label_smoothing * log_p.mean(dim=1)
    loss = torch.where(keep, loss, torch.zeros_like(loss))
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.sum() / keep.sum()
