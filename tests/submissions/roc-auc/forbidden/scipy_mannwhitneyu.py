# Forbidden: scipy.stats.mannwhitneyu's U statistic (of the positives against the negatives) divided by P * N is
# the AUC.
from scipy.stats import mannwhitneyu


def roc_auc(labels, scores):
    positive = labels.astype(bool)
    pos, neg = scores[positive], scores[~positive]
    return float(mannwhitneyu(pos, neg).statistic / (pos.size * neg.size))
