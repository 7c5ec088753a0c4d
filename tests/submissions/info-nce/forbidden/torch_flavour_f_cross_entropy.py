# Forbidden: the PyTorch flavour that hands both directions to torch.nn.functional.cross_entropy (CLIP's own code).
import torch
import torch.nn.functional as F


def info_nce_loss(image_features, text_features, temperature=0.07):
    logits = F.normalize(image_features, dim=1) @ F.normalize(text_features, dim=1).T / temperature
    labels = torch.arange(logits.shape[0])
    return (F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)) / 2
