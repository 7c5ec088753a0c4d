# Accepted: np.where over the two one-sided formulas; both branches are evaluated, the overflowing one is discarded
# (its warnings silenced).
import numpy as np


def log_sigmoid(x):
    with np.errstate(over="ignore"):
        return np.where(x >= 0, -np.log1p(np.exp(-x)), x - np.log1p(np.exp(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    x = np.stack([policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps])
    pc, pr, rc, rr = x.astype(np.float64)
    z = beta * ((pc - rc) - (pr - rr))
    loss = -np.mean((1 - label_smoothing) * log_sigmoid(z) + label_smoothing * log_sigmoid(-z))
    dtype = policy_chosen_logps.dtype
    return loss, (beta * (pc - rc)).astype(dtype), (beta * (pr - rr)).astype(dtype)
