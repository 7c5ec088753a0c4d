# Wrong: clips the log-ratio to [-eps, eps] before exp: the band becomes [e^-eps, e^eps] = [0.819, 1.221] for eps =
# 0.2, not [0.8, 1.2].
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, 1.0), d))
    clipped = np.exp(np.clip(d, -clip_eps, clip_eps))
    loss = -np.minimum(ratio * a, clipped * a)
    return float(loss.mean() if mask is None else loss[mask].mean())
