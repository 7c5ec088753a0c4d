# Accepted: verl's way, the log-ratio clamped to [-20, 20] before exp: exact where A < 0 (the constraints keep the
# log-ratio <= 20 there), and where A >= 0 the clip wins above; below -20 the ratio is off by at most e^-20 = 2e-9.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    ratio = np.exp(np.clip(logp_new.astype(np.float64) - logp_old, -20.0, 20.0))
    a = advantages.astype(np.float64)
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    if mask is None:
        return float(loss.mean())
    return float(np.where(mask, loss, 0.0).sum() / mask.sum())
