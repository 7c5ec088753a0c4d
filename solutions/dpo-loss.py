import numpy as np


def softplus(x: np.ndarray) -> np.ndarray:
    """log(1 + exp(x)) for any finite x: max(x, 0) + log1p(exp(-|x|)); the exponent is never positive."""
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def dpo_loss(policy_chosen_logps: np.ndarray, policy_rejected_logps: np.ndarray,
             reference_chosen_logps: np.ndarray, reference_rejected_logps: np.ndarray,
             beta: float = 0.1, label_smoothing: float = 0.0) -> tuple[float, np.ndarray, np.ndarray]:
    """TRL's sigmoid DPO loss with conservative label smoothing, and the implicit rewards of both responses.

    z = beta * ((pc - rc) - (pr - rr)) is the reward margin of the chosen response over the rejected one. The loss
    of a pair is the binary cross-entropy of sigmoid(z) against the label 1 - label_smoothing:
    -(1 - ls) * log sigmoid(z) - ls * log sigmoid(-z). With -log sigmoid(x) = softplus(-x) written as
    max(-x, 0) + log1p(exp(-|x|)) nothing overflows or underflows to log(0), for any |z| (up to 1e4 here).
    Computed in float64; the rewards come back in the inputs' dtype, the loss as a Python float.
    """
    dtype = policy_chosen_logps.dtype
    pc, pr, rc, rr = (np.asarray(a, dtype=np.float64) for a in (
        policy_chosen_logps, policy_rejected_logps, reference_chosen_logps, reference_rejected_logps))
    chosen_log_ratio, rejected_log_ratio = pc - rc, pr - rr
    z = beta * (chosen_log_ratio - rejected_log_ratio)
    losses = (1.0 - label_smoothing) * softplus(-z) + label_smoothing * softplus(z)
    chosen_rewards = (beta * chosen_log_ratio).astype(dtype, copy=False)
    rejected_rewards = (beta * rejected_log_ratio).astype(dtype, copy=False)
    return float(losses.mean()), chosen_rewards, rejected_rewards
