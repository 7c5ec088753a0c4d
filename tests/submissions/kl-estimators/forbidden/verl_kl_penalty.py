# Forbidden: verl's kl_penalty, which computes exactly these estimators ("k1", "k2", "k3" / "low_var_kl");
# importing verl is refused.
from verl.trainer.ppo.core_algos import kl_penalty


def kl_estimators(logp, logq):
    import torch

    policy, reference = torch.from_numpy(logq), torch.from_numpy(logp)
    return tuple(kl_penalty(policy, reference, name).numpy().astype(logp.dtype) for name in ("k1", "k2", "k3"))
