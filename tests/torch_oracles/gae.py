"""gae re-implemented in PyTorch, in the dtype of the arrays given: torch has no GAE of its own, so this is the
loop RL code writes on tensors (CleanRL's PPO, in this problem's convention: done_t ends the episode after step
t), with the bootstrap and the carry masked by torch.where."""

import torch


def solve(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    r, v, done = torch.from_numpy(rewards), torch.from_numpy(values), torch.from_numpy(dones)
    v_next = torch.cat([v[1:], torch.tensor([last_value], dtype=v.dtype)])
    zero = torch.zeros((), dtype=r.dtype)
    deltas = r + torch.where(done, zero, gamma * v_next) - v
    carries = torch.where(done, zero, torch.full((), gamma * lam, dtype=r.dtype))
    advantages = torch.empty_like(r)
    last_gae = zero
    with torch.no_grad():
        for t in reversed(range(r.shape[0])):
            last_gae = deltas[t] + carries[t] * last_gae
            advantages[t] = last_gae
    return advantages.numpy(), (advantages + v).numpy()
