# Time limit exceeded: the definition, pair by pair, in Python: O(P N), 2.5 * 10^11 comparisons at n = 10^6 (and
# 10^8 already at n = 20,000).
def roc_auc(labels, scores):
    pos = [s for s, y in zip(scores.tolist(), labels.tolist()) if y]
    neg = [s for s, y in zip(scores.tolist(), labels.tolist()) if not y]
    wins = 0.0
    for p in pos:
        for q in neg:
            if p > q:
                wins += 1.0
            elif p == q:
                wins += 0.5
    return wins / (len(pos) * len(neg))
