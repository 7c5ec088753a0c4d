# Wrong answer: every centroid set to the mean of its points, also when it has none: the mean of nothing is NaN
# (and a NaN centroid then wins every later argmin).
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        new = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        changed = labels is None or (new != labels).any()
        labels = new
        with np.errstate(invalid="ignore", divide="ignore"):
            centroids = np.array([x[labels == j].mean(axis=0) if (labels == j).any() else np.full(x.shape[1], np.nan)
                                  for j in range(len(centroids))])
        if not changed:
            break
    return centroids.astype(x.dtype), labels
