# Wrong: the ratio as a quotient of probabilities, exp(logp_new) / exp(logp_old): both underflow to 0 below -745
# (-104 in float32), and 0 / 0 is NaN.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    a = advantages.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        ratio = np.exp(logp_new) / np.exp(logp_old)
        loss = -np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)
    return float(loss.mean() if mask is None else loss[mask].mean())
