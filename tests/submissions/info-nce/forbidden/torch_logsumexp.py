# Forbidden: torch.logsumexp gives each row's and each column's stable log-sum-exp; minus the diagonal is the loss.
import numpy as np
import torch


def info_nce_loss(a, b, temperature=0.07):
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    logits = torch.from_numpy(a @ b.T / temperature)
    positives = logits.diagonal()
    rows = (torch.logsumexp(logits, dim=1) - positives).mean()
    cols = (torch.logsumexp(logits, dim=0) - positives).mean()
    return float((rows + cols) / 2)
