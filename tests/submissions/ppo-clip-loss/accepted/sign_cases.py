# Accepted: the objective by the sign of A, vectorised with np.where and both exponents clipped in log space
# (log1p(eps) above, log1p(-eps) below); the masked mean as a weighted sum over the mask's count.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    d = np.subtract(logp_new, logp_old, dtype=np.float64)
    a = advantages.astype(np.float64)
    up = np.exp(np.minimum(d, np.log1p(clip_eps)))           # min(r, 1 + eps)
    down = np.exp(np.maximum(np.minimum(d, 30.0), np.log1p(-clip_eps)))  # max(r, 1 - eps); d <= 20 where A < 0
    objective = np.where(a >= 0, a * up, a * down)
    weights = np.ones(d.shape) if mask is None else mask.astype(np.float64)
    return float(-(objective * weights).sum() / weights.sum())
