# Wrong: the mask read the other way round (True taken as padding, as in some attention masks): the mean over the
# elements that should be left out (and over everything when all are kept).
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    if mask is None or mask.all():
        return float(loss.mean())
    return float(loss[~mask].mean())
