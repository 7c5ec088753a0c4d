# Accepted: vectorised NumPy in float64, -logsigmoid(x) as np.logaddexp(0, -x) (log(e^0 + e^-x), computed stably).
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = (1 - label_smoothing) * np.logaddexp(0.0, -z) + label_smoothing * np.logaddexp(0.0, z)
    dtype = policy_chosen_logps.dtype
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
