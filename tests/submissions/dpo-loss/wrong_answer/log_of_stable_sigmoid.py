# Wrong: a stable sigmoid (no overflow), then its log: the sigmoid of -1000 underflows to 0 and log(0) = -inf; stable
# sigmoid is not a stable log-sigmoid.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected

    def sigmoid(x):
        e = np.exp(-np.abs(x))
        return np.where(x >= 0, 1 / (1 + e), e / (1 + e))

    losses = -(1 - label_smoothing) * np.log(sigmoid(z)) - label_smoothing * np.log(sigmoid(-z))
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
