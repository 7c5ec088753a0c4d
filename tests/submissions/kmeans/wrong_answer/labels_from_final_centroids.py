# Wrong answer: after the loop, the labels are recomputed from the final centroids (scikit-learn's last E-step):
# when max_iter cuts a run, the returned centroids are then not the means of the returned labels.
import numpy as np


def assign(x, centroids):
    return ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        new = assign(x, centroids)
        changed = labels is None or (new != labels).any()
        labels = new
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = x[labels == j].mean(axis=0)
        if not changed:
            break
    return centroids.astype(x.dtype), assign(x, centroids)
