# Accepted: broadcast (x - c)**2 in x's own dtype (float32 stays float32 throughout), np.mean per cluster, the
# stopping test on the labels.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.copy()
    labels = None
    for _ in range(max_iter):
        new_labels = ((x[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1).argmin(axis=1)
        done = labels is not None and np.array_equal(new_labels, labels)
        labels = new_labels
        for j in range(len(centroids)):
            members = x[labels == j]
            if len(members):
                centroids[j] = members.mean(axis=0)
        if done:
            break
    return centroids, labels
