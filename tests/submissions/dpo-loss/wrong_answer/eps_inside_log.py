# Wrong: -log(sigmoid(z) + 1e-10), the eps hack: finite, but capped at -log(1e-10) = 23 where the loss is 1000.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    with np.errstate(over="ignore"):
        sigmoid = lambda x: 1 / (1 + np.exp(-x))  # noqa: E731
        losses = (-(1 - label_smoothing) * np.log(sigmoid(z) + 1e-10)
                  - label_smoothing * np.log(sigmoid(-z) + 1e-10))
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
