# Accepted: everything in the inputs' dtype (float32 stays float32), stable as the reference, np.mean's pairwise sum.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    dtype = logp_new.dtype
    eps = dtype.type(clip_eps)
    one = dtype.type(1)
    d = logp_new - logp_old
    a = advantages
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, one - eps, one + eps) * a)
    return loss.mean() if mask is None else loss[mask].mean()
