# PyTorch flavour: 1 - dones on a bool tensor, which PyTorch refuses (RuntimeError: use ~dones or .float()).
import torch


def gae(rewards, values, dones, last_value, gamma=0.99, gae_lambda=0.95):
    not_done = 1 - dones
    next_values = torch.cat([values[1:], values.new_tensor([last_value])])
    deltas = rewards + gamma * next_values * not_done - values
    advantages = torch.zeros_like(rewards)
    running = 0.0
    for t in reversed(range(rewards.shape[0])):
        running = deltas[t] + gamma * gae_lambda * not_done[t] * running
        advantages[t] = running
    return advantages, advantages + values
