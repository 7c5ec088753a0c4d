# Accepted: a loop over Python floats (the lists from tolist()), the objective by the sign of A: A * min(r, 1 + eps)
# for A >= 0 (r never needed beyond 1 + eps), A * max(r, 1 - eps) for A < 0.
import math


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2, mask=None):
    news, olds, advs = (x.ravel().tolist() for x in (logp_new, logp_old, advantages))
    keep = mask.ravel().tolist() if mask is not None else None
    cap = math.log1p(clip_eps)
    total, count = 0.0, 0
    for i, (new, old, a) in enumerate(zip(news, olds, advs)):
        if keep is not None and not keep[i]:
            continue
        d = new - old
        if a >= 0:
            objective = a * min(math.exp(min(d, cap)), 1 + clip_eps)
        else:
            objective = a * max(math.exp(d), 1 - clip_eps)
        total -= objective
        count += 1
    return total / count
