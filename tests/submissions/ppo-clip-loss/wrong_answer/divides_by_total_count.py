# Wrong: the masked losses summed, then divided by the total number of elements (B * T) instead of the number kept:
# (loss * mask).mean().
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    if mask is not None:
        loss = loss * mask
    return float(loss.mean())
