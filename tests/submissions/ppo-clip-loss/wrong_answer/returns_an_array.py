# Wrong: returns the loss as an array of shape (1,) (a mean with keepdims, or a per-batch vector), not a number.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64).ravel()
    d = (logp_new.astype(np.float64) - logp_old).ravel()
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    keep = np.ones(loss.shape, bool) if mask is None else mask.ravel()
    return loss[keep].mean(keepdims=True)
