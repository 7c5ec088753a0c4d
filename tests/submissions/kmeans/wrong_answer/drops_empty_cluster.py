# Wrong answer: the new centroids are built over np.unique(labels), so an empty cluster is dropped (k - 1 rows)
# and the later labels are renumbered.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        new = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        changed = labels is None or not np.array_equal(new, labels)
        labels = new
        centroids = np.array([x[labels == j].mean(axis=0) for j in np.unique(labels)])
        if not changed:
            break
    return centroids.astype(x.dtype), labels
