# Wrong: a softplus that switches to max(x, 0) beyond |x| > 12, as if e^-|x| were nothing there. It is the whole
# loss when the margin is large and positive: log1p(e^-15) = 3e-7 is answered as 0 (PyTorch's own cut-off is at 20,
# and only on the positive side).
import numpy as np


def softplus(x):
    with np.errstate(over="ignore"):
        return np.where(np.abs(x) > 12, np.maximum(x, 0), np.log1p(np.exp(x)))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (a.astype(np.float64) for a in (policy_chosen_logps, policy_rejected_logps,
                                                     reference_chosen_logps, reference_rejected_logps))
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = (1 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    dtype = policy_chosen_logps.dtype
    return float(losses.mean()), chosen.astype(dtype), rejected.astype(dtype)
