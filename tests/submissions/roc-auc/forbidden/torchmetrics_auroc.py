# Forbidden: torchmetrics' binary_auroc computes the ROC AUC; importing torchmetrics is refused.
from torchmetrics.functional.classification import binary_auroc


def roc_auc(labels, scores):
    import torch

    return float(binary_auroc(torch.from_numpy(scores), torch.from_numpy(labels.astype("int64"))))
