# Forbidden: the module form of nll_loss, torch.nn.NLLLoss, after a hand-written log-softmax.
import numpy as np
import torch


def cross_entropy(logits, target, ignore_index=-100, label_smoothing=0.0, reduction="mean"):
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    loss = torch.nn.NLLLoss(ignore_index=ignore_index, reduction=reduction)(torch.from_numpy(log_p),
                                                                          torch.from_numpy(target))
    return loss.numpy() if reduction == "none" else loss.item()
