# Accepted: the PyTorch flavour, Schulman's definitions on tensors in float64 with torch.expm1, answered in the
# inputs' dtype.
import torch


def kl_estimators(ref_logprobs: torch.Tensor, logprobs: torch.Tensor):
    log_ratio = ref_logprobs.double() - logprobs.double()
    k1 = -log_ratio
    k2 = log_ratio.pow(2) / 2
    k3 = torch.expm1(log_ratio) - log_ratio
    return tuple(k.to(ref_logprobs.dtype) for k in (k1, k2, k3))
