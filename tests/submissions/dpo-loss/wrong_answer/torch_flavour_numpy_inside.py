# The PyTorch flavour with the right numbers, computed in NumPy on detached tensors and wrapped back: the autograd
# graph is cut, so the gradient tests find no gradient for chosen_logps and rejected_logps.
import numpy as np
import torch


def dpo_loss(chosen_logps, rejected_logps, ref_chosen_logps, ref_rejected_logps, beta=0.1, label_smoothing=0.0):
    pc, pr, rc, rr = (t.detach().numpy().astype(np.float64)
                      for t in (chosen_logps, rejected_logps, ref_chosen_logps, ref_rejected_logps))
    chosen, rejected = beta * (pc - rc), beta * (pr - rr)
    z = chosen - rejected
    losses = (1 - label_smoothing) * np.logaddexp(0.0, -z) + label_smoothing * np.logaddexp(0.0, z)
    dtype = chosen_logps.dtype
    return (torch.tensor(losses.mean(), dtype=dtype), torch.from_numpy(chosen).to(dtype),
            torch.from_numpy(rejected).to(dtype))
