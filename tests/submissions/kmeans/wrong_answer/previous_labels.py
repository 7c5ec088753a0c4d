# Wrong answer: returns the labels of the iteration before the last (the variable kept for the comparison), so a
# run cut by max_iter gives labels one assignment behind its centroids.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    labels = np.full(len(x), -1)
    for _ in range(max_iter):
        previous = labels
        labels = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = x[labels == j].mean(axis=0)
        if (labels == previous).all():
            break
    return centroids.astype(x.dtype), previous if (previous >= 0).all() else labels
