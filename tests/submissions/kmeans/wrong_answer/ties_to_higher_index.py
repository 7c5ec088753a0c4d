# Wrong answer: the nearest centroid kept with `<=` in a loop over the centroids, so an exact tie goes to the
# HIGHER index (the contract says lower: np.argmin's).
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    points = x.astype(np.float64)
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        best = np.full(len(points), np.inf)
        new = np.zeros(len(points), dtype=np.int64)
        for j, c in enumerate(centroids):
            d = ((points - c) ** 2).sum(axis=1)
            closer = d <= best
            best[closer], new[closer] = d[closer], j
        changed = labels is None or (new != labels).any()
        labels = new
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = points[labels == j].mean(axis=0)
        if not changed:
            break
    return centroids.astype(x.dtype), labels
