# Episode by episode: split the rollout after every done, and run each piece's own backward loop; only the last
# piece, if the rollout cut it, bootstraps from last_value.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    r, v = rewards.tolist(), values.tolist()
    ends = np.flatnonzero(dones).tolist()
    starts = [0] + [e + 1 for e in ends if e + 1 < len(r)]
    stops = [e + 1 for e in ends] + ([len(r)] if not ends or ends[-1] != len(r) - 1 else [])
    advantages = [0.0] * len(r)
    for start, stop in zip(starts, stops):
        cut = stop == len(r) and not dones[-1]
        following = float(last_value) if cut else 0.0  # V after the piece's last step
        running = 0.0
        for t in range(stop - 1, start - 1, -1):
            delta = r[t] + gamma * following - v[t]
            running = delta + gamma * lam * running
            advantages[t] = running
            following = v[t]
    a = np.array(advantages)
    return a.astype(rewards.dtype), (a + values).astype(rewards.dtype)
