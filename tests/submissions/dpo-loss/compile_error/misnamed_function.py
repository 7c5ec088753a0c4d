# Compile error: the function is called dpo, so the grader finds no `dpo_loss`.
import numpy as np


def dpo(policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps,
        beta=0.1, label_smoothing=0.0):
    chosen = beta * (policy_chosen_logps - reference_chosen_logps)
    rejected = beta * (policy_rejected_logps - reference_rejected_logps)
    z = (chosen - rejected).astype(np.float64)
    losses = (1 - label_smoothing) * np.logaddexp(0, -z) + label_smoothing * np.logaddexp(0, z)
    return float(losses.mean()), chosen, rejected
