# Wrong: max instead of min, the optimistic bound: the clip then never binds where it should, and a bad action
# whose ratio fell gets the unclipped credit.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.minimum(d, 20.0))
    loss = -np.maximum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    return float(loss.mean() if mask is None else loss[mask].mean())
