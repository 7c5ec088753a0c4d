# Wrong: log(sigmoid(z)) with sigmoid = 1 / (1 + exp(-z)): at z = -1000 exp(1000) overflows to inf, the sigmoid is 0
# and log(0) = -inf (the loss is inf); with label_smoothing = 0, 0 * log(0) is NaN at z = +1000.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    sigmoid = lambda x: 1 / (1 + np.exp(-x))  # noqa: E731
    losses = -(1 - label_smoothing) * np.log(sigmoid(z)) - label_smoothing * np.log(sigmoid(-z))
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
