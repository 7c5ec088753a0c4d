# Wrong: the mask applied after the mean over the tokens: each row's mean over all T tokens (padding included), then
# the mean over the rows that have a kept token (1-D: the mask comes too late to matter at all).
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    per_row = loss.mean(axis=-1)
    if mask is None:
        return float(per_row.mean())
    return float(per_row[mask.any(axis=-1)].mean())
