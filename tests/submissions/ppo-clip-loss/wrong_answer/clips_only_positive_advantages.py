# Wrong: clips only where A > 0 (min(r, 1 + eps) * A) and takes the plain r * A where A < 0: a bad action whose
# ratio already fell below 1 - eps keeps being pushed down.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    objective = np.where(a > 0, np.minimum(ratio, 1 + clip_eps) * a, ratio * a)
    loss = -objective
    return float(loss.mean() if mask is None else loss[mask].mean())
