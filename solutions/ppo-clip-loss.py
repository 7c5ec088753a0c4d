import numpy as np


def ppo_clip_loss(logp_new: np.ndarray, logp_old: np.ndarray, advantages: np.ndarray, clip_eps: float = 0.2,
                  mask: np.ndarray | None = None) -> float:
    """PPO's clipped surrogate loss, -min(r * A, clip(r, 1 - eps, 1 + eps) * A) with r = exp(logp_new - logp_old),
    averaged over the elements where `mask` is True (all of them when mask is None).

    min(r * A, clip(r) * A) is A * min(r, 1 + eps) where A >= 0 and A * max(r, 1 - eps) where A < 0 (the clip can
    only lower the objective), so the exponent is clipped in log space first: exp never sees more than log(1 + eps)
    where A >= 0, however far the policy has moved, and an overflowed ratio never meets A = 0 (inf * 0 is NaN).
    Where A < 0 the constraints keep logp_new - logp_old <= 20. Computed in float64; returns a Python float.
    """
    log_ratio = np.asarray(logp_new, dtype=np.float64) - np.asarray(logp_old, dtype=np.float64)
    a = np.asarray(advantages, dtype=np.float64)
    exponent = np.where(a >= 0, np.minimum(log_ratio, np.log1p(clip_eps)), np.maximum(log_ratio, np.log1p(-clip_eps)))
    ratio = np.exp(exponent)  # min(r, 1 + eps) where A >= 0, max(r, 1 - eps) where A < 0
    bound = np.where(a >= 0, np.minimum(ratio, 1.0 + clip_eps), np.maximum(ratio, 1.0 - clip_eps))  # exact at the clip
    per_element = -(a * bound)
    counted = per_element if mask is None else per_element[np.asarray(mask, dtype=bool)]
    return float(counted.mean())
