# Wrong answer: `for iteration in range(1, max_iter)`: one iteration too few when max_iter cuts the run.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    labels = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
    for j in range(len(centroids)):
        if (labels == j).any():
            centroids[j] = x[labels == j].mean(axis=0)
    for iteration in range(1, max_iter - 1 if max_iter > 1 else 1):
        new = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        changed = (new != labels).any()
        labels = new
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = x[labels == j].mean(axis=0)
        if not changed:
            break
    return centroids.astype(x.dtype), labels
