# Wrong answer: scikit-learn's tolerance rule (tol = 1e-4 times the mean variance of the features, against the
# summed squared centroid shift) instead of unchanged labels: a slow run stops while points still cross.
import numpy as np


def kmeans(x, init_centroids, max_iter=100, tol=1e-4):
    data = x.astype(np.float64)
    threshold = tol * data.var(axis=0).mean()
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        new_labels = ((data[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        new = centroids.copy()
        for j in range(len(centroids)):
            if (new_labels == j).any():
                new[j] = data[new_labels == j].mean(axis=0)
        same = labels is not None and np.array_equal(new_labels, labels)
        shift = ((new - centroids) ** 2).sum()
        labels, centroids = new_labels, new
        if same or shift <= threshold:
            break
    return centroids.astype(x.dtype), labels
