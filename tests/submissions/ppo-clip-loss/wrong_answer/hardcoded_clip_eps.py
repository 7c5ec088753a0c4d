# Wrong: clip_eps ignored, the band hard-coded to [0.8, 1.2] (right only when clip_eps is 0.2).
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    eps = 0.2
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - eps, 1 + eps) * a)
    return float(loss.mean() if mask is None else loss[mask].mean())
