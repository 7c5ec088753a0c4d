# Wrong: the ratio inverted, exp(logp_old - logp_new) = pi_old / pi_new.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_old.astype(np.float64) - logp_new
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), np.minimum(d, 700.0)))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    return float(loss.mean() if mask is None else loss[mask].mean())
