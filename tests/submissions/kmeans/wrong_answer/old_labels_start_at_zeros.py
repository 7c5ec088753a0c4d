# Wrong answer: the previous labels start as zeros, so a first assignment of all zeros looks like "nothing
# changed" and the run stops after one iteration (the first must always count as a change).
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(max_iter):
        new = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        changed = (new != labels).any()
        labels = new
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = x[labels == j].mean(axis=0)
        if not changed:
            break
    return centroids.astype(x.dtype), labels
