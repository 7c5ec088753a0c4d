# Wrong: a mean per sequence over its kept tokens, then the mean over the sequences (GRPO's original sample-level
# aggregation), not one mean over all the kept tokens: short sequences weigh as much as long ones.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    d = logp_new.astype(np.float64) - logp_old
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    keep = np.ones(loss.shape, bool) if mask is None else mask
    if loss.ndim == 1:
        return float(loss[keep].mean())
    rows = keep.any(axis=-1)
    per_row = np.where(keep, loss, 0.0).sum(axis=-1)[rows] / keep.sum(axis=-1)[rows]
    return float(per_row.mean())
