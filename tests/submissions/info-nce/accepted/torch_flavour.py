# Accepted: the PyTorch flavour (`shousi start info-nce --torch`): F.normalize, a matmul, a stable log-softmax
# written with amax, both directions; differentiable end to end.
import torch
import torch.nn.functional as F


def log_softmax_rows(z):
    z = z - z.amax(dim=1, keepdim=True)
    return z - torch.log(torch.exp(z).sum(dim=1, keepdim=True))


def info_nce_loss(image_features, text_features, temperature=0.07):
    a = F.normalize(image_features, dim=1)
    b = F.normalize(text_features, dim=1)
    logits = a @ b.T / temperature
    a_to_b = -torch.diagonal(log_softmax_rows(logits)).mean()
    b_to_a = -torch.diagonal(log_softmax_rows(logits.T)).mean()
    return (a_to_b + b_to_a) / 2
