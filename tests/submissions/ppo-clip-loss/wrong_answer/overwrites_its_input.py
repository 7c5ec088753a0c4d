# Wrong: computes the log-ratio in logp_new's own buffer (logp_new -= logp_old): the loss is right, but the caller's
# log-probs are destroyed.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    logp_new -= logp_old
    d = logp_new.astype(np.float64)
    a = advantages.astype(np.float64)
    ratio = np.exp(np.where(a >= 0, np.minimum(d, np.log1p(clip_eps)), d))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    return float(loss.mean() if mask is None else loss[mask].mean())
