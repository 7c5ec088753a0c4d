# Forbidden: TorchScript source compiled with torch.jit.CompilationUnit calls the C++ log_softmax directly, past the
# guards on its Python names: the compiler itself is forbidden.
import numpy as np
import torch

SOURCE = """
def log_softmax(x: Tensor) -> Tensor:
    return torch.log_softmax(x, 1)
"""


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    unit = torch.jit.CompilationUnit(SOURCE)
    log_p = unit.log_softmax(torch.from_numpy(logits.astype(np.float64))).numpy()
    keep = target != ignore_index
    nll = -log_p[np.arange(len(target)), np.where(keep, target, 0)]
    loss = np.where(keep, (1 - label_smoothing) * nll - label_smoothing * log_p.mean(axis=1), 0)
    if reduction == "none":
        return loss.astype(logits.dtype)
    return loss.sum() if reduction == "sum" else loss.sum() / keep.sum()
