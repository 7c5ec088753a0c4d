# Wrong: computes the log-ratios in the caller's arrays (policy_chosen_logps -= reference_chosen_logps): the answer is
# right, but the caller's policy log-probs are gone.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
             beta=0.1, label_smoothing=0.0):
    policy_chosen_logps -= reference_chosen_logps
    policy_rejected_logps -= reference_rejected_logps
    chosen, rejected = beta * policy_chosen_logps, beta * policy_rejected_logps
    z = (chosen - rejected).astype(np.float64)
    sp = lambda x: np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))  # noqa: E731
    losses = (1 - label_smoothing) * sp(-z) + label_smoothing * sp(z)
    return float(losses.mean()), chosen, rejected
