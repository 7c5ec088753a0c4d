# PyTorch flavour: CleanRL's PPO loop pasted as it is. Its dones flag the first step of an episode, so it reads
# dones[t + 1] (and takes the last step's flag as next_done); with this problem's dones that masks the wrong step.
import torch


def gae(rewards, values, dones, last_value, gamma=0.99, gae_lambda=0.95):
    num_steps = rewards.shape[0]
    dones = dones.to(rewards.dtype)
    next_done = dones[-1]
    next_value = last_value
    advantages = torch.zeros_like(rewards)
    lastgaelam = 0
    for t in reversed(range(num_steps)):
        if t == num_steps - 1:
            nextnonterminal = 1.0 - next_done
            nextvalues = next_value
        else:
            nextnonterminal = 1.0 - dones[t + 1]
            nextvalues = values[t + 1]
        delta = rewards[t] + gamma * nextvalues * nextnonterminal - values[t]
        advantages[t] = lastgaelam = delta + gamma * gae_lambda * nextnonterminal * lastgaelam
    returns = advantages + values
    return advantages, returns
