# Wrong: returns the objective, min(r * A, clip(r) * A), instead of the loss, its negative: minimising it makes the
# policy worse.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    objective = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    return float(objective.mean() if mask is None else objective[mask].mean())
