# Compile error: the function is called ppo_loss, so the grader finds no `ppo_clip_loss`.
import numpy as np


def ppo_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    ratio = np.exp(np.where(a >= 0, np.minimum(logp_new - logp_old, np.log1p(clip_eps)), logp_new - logp_old))
    loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    return float(loss.mean() if mask is None else loss[mask].mean())
