# PyTorch flavour: the deltas as tensor operations, the recursion over Python floats, tensors back.
import torch


def gae(rewards, values, dones, last_value, gamma=0.99, gae_lambda=0.95):
    next_values = torch.cat([values[1:], values.new_tensor([last_value])])
    keep = (~dones).to(torch.float64)
    deltas = rewards.double() + gamma * next_values.double() * keep - values.double()
    decays = gamma * gae_lambda * keep
    out, running = [], 0.0
    for delta, decay in zip(reversed(deltas.tolist()), reversed(decays.tolist())):
        running = delta + decay * running
        out.append(running)
    advantages = torch.tensor(out[::-1], dtype=torch.float64)
    returns = advantages + values.double()
    return advantages.to(rewards.dtype), returns.to(rewards.dtype)
