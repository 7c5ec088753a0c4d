# No loop over the steps: the recursion A_t = d_t + m_t * A_{t+1} as a suffix scan by doubling (Hillis-Steele),
# log2(T) vectorised passes. Composing two steps gives (d_t + m_t * d_{t+k}, m_t * m_{t+k}); the products of the
# decays only shrink (they are <= 1, and 0 at a done), so nothing overflows.
import numpy as np


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    r = rewards.astype(np.float64)
    v = values.astype(np.float64)
    keep = (~dones).astype(np.float64)
    next_values = np.concatenate([v[1:], [last_value]])
    a = r + gamma * next_values * keep - v
    m = gamma * lam * keep
    k = 1
    while k < len(a):
        a[:-k] = a[:-k] + m[:-k] * a[k:]
        m[:-k] = m[:-k] * m[k:]
        k *= 2
    return a.astype(rewards.dtype), (a + v).astype(rewards.dtype)
