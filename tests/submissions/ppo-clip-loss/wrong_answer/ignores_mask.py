# Wrong: ignores the mask, the mean over every element, padding included.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    return float(-np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a).mean())
