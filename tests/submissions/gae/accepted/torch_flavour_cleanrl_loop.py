# PyTorch flavour: CleanRL's loop on tensors, step by step, in this problem's convention (done_t ends the episode).
import torch


def gae(rewards, values, dones, last_value, gamma=0.99, gae_lambda=0.95):
    T = rewards.shape[0]
    not_dones = (~dones).to(rewards.dtype)
    advantages = torch.zeros_like(rewards)
    last_gae_lam = 0
    for t in reversed(range(T)):
        next_values = last_value if t == T - 1 else values[t + 1]
        next_non_terminal = not_dones[t]
        delta = rewards[t] + gamma * next_values * next_non_terminal - values[t]
        advantages[t] = last_gae_lam = delta + gamma * gae_lambda * next_non_terminal * last_gae_lam
    returns = advantages + values
    return advantages, returns
