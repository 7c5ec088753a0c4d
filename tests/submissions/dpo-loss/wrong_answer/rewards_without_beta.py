# Wrong: the rewards are the bare log-ratios pc - rc and pr - rr, not multiplied by beta (the loss is right).
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    z = beta * ((pc - rc) - (pr - rr))
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    return float(losses.mean()), (pc - rc).astype(dtype), (pr - rr).astype(dtype)
