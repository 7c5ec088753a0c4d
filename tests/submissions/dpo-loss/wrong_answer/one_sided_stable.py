# Wrong: logsigmoid(x) = x - log1p(exp(x)), stable only for negative x: exp(x) overflows for large positive x, i.e.
# for -logsigmoid(z) at z = +1000 (and for the smoothing term at z = -1000).
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    dtype = policy_chosen_logps.dtype
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    log_sigmoid = lambda x: x - np.log1p(np.exp(x))  # noqa: E731
    losses = -(1 - label_smoothing) * log_sigmoid(z) - label_smoothing * log_sigmoid(-z)
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
