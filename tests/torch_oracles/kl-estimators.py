"""kl_estimators with PyTorch, in the dtype of the log-probs: torch has no call for these estimators, so this is
Schulman's definitions written directly on tensors, k3 with torch.expm1 (the stable form; TRL's GRPO writes the
naive exp(x) - x - 1), logr = logp - logq computed in the tensors' own dtype."""

import torch


def solve(logp, logq):
    log_ratio = torch.from_numpy(logp) - torch.from_numpy(logq)
    k1 = -log_ratio
    k2 = log_ratio.square() / 2
    k3 = torch.expm1(log_ratio) - log_ratio
    return k1.numpy(), k2.numpy(), k3.numpy()
