# Too slow: grows the loss and reward arrays with np.append, pair by pair; each append copies the whole array, so
# a batch of B costs O(B^2) (10^12 element copies at B = 10^6).
import math

import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    losses, chosen, rejected = np.array([]), np.array([]), np.array([])
    for i in range(len(policy_chosen_logps)):
        c = beta * (float(policy_chosen_logps[i]) - float(reference_chosen_logps[i]))
        r = beta * (float(policy_rejected_logps[i]) - float(reference_rejected_logps[i]))
        z = c - r
        softplus = lambda x: max(x, 0.0) + math.log1p(math.exp(-abs(x)))  # noqa: E731
        losses = np.append(losses, (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z))
        chosen = np.append(chosen, c)
        rejected = np.append(rejected, r)
    dtype = policy_chosen_logps.dtype
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
