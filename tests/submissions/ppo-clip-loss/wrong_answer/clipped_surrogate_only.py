# Wrong: the clipped surrogate alone, -clip(r, 1 - eps, 1 + eps) * A, without the min: a bad action whose ratio grew
# is charged only (1 + eps) * |A| (and a good one whose ratio fell is credited 1 - eps).
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    ratio = np.exp(np.clip(logp_new.astype(np.float64) - logp_old, -50.0, 50.0))
    loss = -np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
    return float(loss.mean() if mask is None else loss[mask].mean())
