# Runtime error: a loop with math.exp(new - old): Python's math.exp raises OverflowError ("math range error") past
# exp(709.78) instead of returning inf, at the first log-ratio above 709.
import math


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    keep = [True] * logp_new.size if mask is None else mask.ravel().tolist()
    losses = []
    for new, old, a, kept in zip(logp_new.ravel().tolist(), logp_old.ravel().tolist(), advantages.ravel().tolist(),
                                 keep):
        if kept:
            r = math.exp(new - old)
            losses.append(-min(r * a, min(max(r, 1 - clip_eps), 1 + clip_eps) * a))
    return sum(losses) / len(losses)
