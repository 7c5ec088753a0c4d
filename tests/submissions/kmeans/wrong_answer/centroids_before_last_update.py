# Wrong answer: the new centroids are kept only when the loop goes on, so a run cut by max_iter returns the
# centroids from before its last update beside the last labels.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    old = None
    for iteration in range(max_iter):
        labels = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        if old is not None and (labels == old).all():
            break
        if iteration == max_iter - 1:
            break  # no more iterations: skip the update
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = x[labels == j].mean(axis=0)
        old = labels
    return centroids.astype(x.dtype), labels
