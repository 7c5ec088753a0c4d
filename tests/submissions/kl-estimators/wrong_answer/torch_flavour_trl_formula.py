# Wrong answer: the PyTorch flavour with k3 written as TRL's GRPO trainer writes its per-token KL,
# exp(x) - x - 1: fine in bfloat16 training, but in float64 it loses every digit of k3 at |logr| ~ 1e-8.
import torch


def kl_estimators(ref_logprobs, logprobs):
    x = ref_logprobs - logprobs
    return -x, x**2 / 2, torch.exp(x) - x - 1
