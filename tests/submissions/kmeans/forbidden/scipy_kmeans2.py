# Forbidden: SciPy's kmeans2 from the given centroids (minit="matrix"); importing scipy.cluster is refused.
from scipy.cluster.vq import kmeans2


def kmeans(x, init_centroids, max_iter=100):
    centroids, labels = kmeans2(x, init_centroids, iter=max_iter, minit="matrix", missing="warn")
    return centroids.astype(x.dtype), labels
