# Wrong: the textbook formula as it stands, in the inputs' dtype: exp(new - old) overflows to inf past 709.8 in
# float64 (88.7 in float32); where A is exactly 0, inf * 0 is NaN, and NaN wins the min: the loss is NaN.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    ratio = np.exp(logp_new - logp_old)
    surr1 = ratio * advantages
    surr2 = np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
    loss = -np.minimum(surr1, surr2)
    return float(loss.mean() if mask is None else loss[mask].mean())
