# Wrong answer: centroids = sums / max(count, 1), so an empty cluster's centroid jumps to the origin instead of
# staying where it was.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    k = len(init_centroids)
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        new = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        changed = labels is None or (new != labels).any()
        labels = new
        sums = np.zeros((k, x.shape[1]))
        np.add.at(sums, labels, x)
        centroids = sums / np.maximum(np.bincount(labels, minlength=k), 1)[:, None]
        if not changed:
            break
    return centroids.astype(x.dtype), labels
